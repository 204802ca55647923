import Table from "cli-table3";

export function printTable(head: string[], rows: (string | number)[][]): void {
  const table = new Table({
    head,
    style: { head: [], border: [] },
    wordWrap: false,
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  table.push(...rows.map((row) => row.map(String)));
  console.log(table.toString());
}
