// Whether a text states an amount of money: a currency sign or code beside a digit ("$3", "US$ 0.5",
// "0.2€", "2元", "USD 3", "3 EUR"). A quick test for "this cell, line or label holds a price", shared by
// the readers that sort text into labels and prices before parsePriceCell reads the amounts.
const MONEY = /(?:US\$|[$€£¥￥])\s?\d|\d\s?(?:[$€£元]|(?:USD|EUR|GBP|CNY|RMB)\b)|\b(?:USD|EUR|GBP|CNY|RMB)\s?\d/;

export function mentionsMoney(text: string): boolean {
  return MONEY.test(text);
}
