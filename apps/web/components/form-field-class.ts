/** The dashboard's compact input and select style (filters, the cost form, the users and alert forms). */
export const FORM_FIELD_CLASS =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-sky-500 focus:outline-none";
