"use client";
// A destructive form button that asks once more in place ("Remove" → "Remove X? Yes / Cancel") before submitting.
import { useState } from "react";

export function ConfirmSubmitButton({ label, question, confirmLabel }: { label: string; question: string; confirmLabel: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className="rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50">
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">{question}</span>
      <button type="submit" className="rounded-md bg-red-700 px-2 py-1 font-medium text-white hover:bg-red-600">
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)} className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">
        Cancel
      </button>
    </span>
  );
}
