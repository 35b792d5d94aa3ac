"use client";

import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { describedBy, HintAndError } from "./hint-and-error";

type TextAreaProps = { name: string; label: ReactNode; hint?: string; error?: string } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

/** A labelled multi-line field with its hint and error tied to it. */
export function TextAreaField({ name, label, hint, error, className, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={name} className="field-label">
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <textarea
        id={name}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`field-control ${error ? "border-danger" : ""} ${className ?? ""}`}
        {...textarea}
      />
    </div>
  );
}

type SelectProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** `lang` marks an option shown in the other language (an organisation's English name on a Welsh page). */
  options: { value: string; label: string; lang?: string }[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">;

/** A labelled drop-down with its hint and error tied to it. */
export function SelectField({ name, label, hint, error, options, className, ...select }: SelectProps) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={name} className="field-label">
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <select
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`field-control ${error ? "border-danger" : ""} ${className ?? "max-w-md"}`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type ChoicesProps = {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  /** "checkbox": any number may be chosen (sent as repeated `name` values); "radio": exactly one. */
  type?: "checkbox" | "radio";
  options: { value: string; label: string }[];
  /** Values chosen when the form is shown. */
  selected?: string[];
};

/** A fieldset of checkboxes or radios; the legend names the question, the error sits under it. */
export function ChoicesField({ name, legend, hint, error, type = "checkbox", options, selected = [] }: ChoicesProps) {
  return (
    <fieldset id={name} tabIndex={-1} aria-describedby={describedBy(name, hint, error)} className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <legend className="field-label">{legend}</legend>
      <HintAndError name={name} hint={hint} error={error} />
      <div className="space-y-1">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div key={option.value} className="flex items-center gap-3">
              <input
                id={id}
                type={type}
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                className="h-6 w-6 shrink-0 accent-brand"
              />
              <label htmlFor={id} className="py-1">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A single yes/no checkbox with a label beside it; an error (e.g. "confirm this") sits above it. */
export function CheckboxField({
  name,
  label,
  hint,
  error,
  defaultChecked,
}: {
  name: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  defaultChecked?: boolean;
}) {
  const described = [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      {error ? (
        <p id={`${name}-error`} className="mb-1 font-bold text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <input
          id={name}
          type="checkbox"
          name={name}
          value="on"
          defaultChecked={defaultChecked}
          aria-describedby={described}
          className="h-6 w-6 shrink-0 accent-brand"
        />
        <label htmlFor={name} className="py-1 font-bold">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${name}-hint`} className="ml-9 text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
