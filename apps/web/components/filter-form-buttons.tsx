// The Filter and Reset pair that ends each GET filter form.
export function FilterFormButtons({ resetHref }: { resetHref: string }) {
  return (
    <div className="col-span-2 flex gap-2 sm:col-span-1">
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
        Filter
      </button>
      <a href={resetHref} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:text-slate-900">
        Reset
      </a>
    </div>
  );
}
