import { type CategoryId, isCategoryId, type Lang } from "./categories.ts";
import { catalog, type ExtraFieldId, type FieldId, fields, formFields } from "./catalog.ts";
import { type IsoDate, parseIsoDate } from "./dates.ts";
import { codePoints, multiLine, singleLine } from "./text.ts";

export interface ValidationContext {
  lang: Lang;
  /** Today's date, so "not in the future" needs no hidden clock. */
  today: IsoDate;
}

export interface FieldError {
  field: FieldId;
  message: string;
}

export interface Attachment {
  name: string;
  type: "application/pdf" | "image/jpeg" | "image/png";
}

const MAX_ATTACHMENTS = 10;
const attachmentTypes: Record<string, Attachment["type"]> = {
  "application/pdf": "application/pdf",
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/png": "image/png",
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

type Result<T> = { value: T } | { error: string };

/** Parses one raw form value to a clean value, or to the message to show. */
type Parser = (raw: unknown) => Result<unknown>;

/** Names a parse function as a field parser (hand-written instead of zod to keep the bundle small). */
function field<T>(parse: (raw: unknown) => Result<T>): Parser {
  return parse;
}

/** A field that may be absent: undefined input is undefined output. */
function optional(parse: Parser): Parser {
  return (raw) => raw === undefined ? { value: undefined } : parse(raw);
}

function isEmpty(raw: unknown): boolean {
  return raw === undefined || raw === null ||
    (typeof raw === "string" && raw.trim() === "");
}

function asText(raw: unknown): string {
  return typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : "";
}

/** Bilingual messages in GOV.UK style: say what to do, never "invalid" or "please". */
function messages(id: FieldId, lang: Lang) {
  const ref = fields[id].ref[lang];
  const en = lang === "en";
  return {
    enter: fields[id].enter[lang],
    tooLong: (max: number) =>
      en
        ? `${ref} must be ${max} characters or fewer`
        : `${ref} debe tener ${max} caracteres o menos`,
    realDate: en ? `${ref} must be a real date` : `${ref} debe ser una fecha real`,
    past: en ? `${ref} must be today or in the past` : `${ref} debe ser hoy o una fecha pasada`,
    future: en ? `${ref} must be today or in the future` : `${ref} debe ser hoy o una fecha futura`,
    amount: en
      ? `${ref} must be an amount in dollars and cents, like 35.00`
      : `${ref} debe ser una cantidad en dólares y centavos, como 35.00`,
    positive: en ? `${ref} must be more than $0` : `${ref} debe ser mayor que $0`,
    year: en ? `${ref} must be a year, like 2025` : `${ref} debe ser un año, como 2025`,
    yearPast: en
      ? `${ref} must be this year or earlier`
      : `${ref} debe ser este año o uno anterior`,
  };
}

/** Cleans and length-checks text; "" means empty. */
function cleanText(id: FieldId, lang: Lang, raw: unknown): Result<string> {
  const kind = fields[id].kind;
  const max = kind?.type === "text" ? kind.max : 200;
  const multiline = kind?.type === "text" && kind.multiline === true;
  const value = multiline ? multiLine(asText(raw)) : singleLine(asText(raw));
  if (codePoints(value).length > max) {
    return { error: messages(id, lang).tooLong(max) };
  }
  return { value };
}

function text(id: FieldId, lang: Lang) {
  return optional(field((raw): Result<string | undefined> => {
    const r = cleanText(id, lang, raw);
    return "value" in r && r.value === "" ? { value: undefined } : r;
  }));
}

function requiredText(id: FieldId, lang: Lang) {
  return field((raw): Result<string> => {
    const r = cleanText(id, lang, raw);
    return "value" in r && r.value === "" ? { error: messages(id, lang).enter } : r;
  });
}

function loanNumber(lang: Lang) {
  const m = messages("loanNumber", lang);
  return field((raw): Result<string> => {
    if (isEmpty(raw)) return { error: m.enter };
    const digits = asText(raw).replace(/[\s-]/g, "");
    if (!/^\d{6,15}$/.test(digits)) {
      return {
        error: lang === "en"
          ? "Loan number must be 6 to 15 digits"
          : "El número de préstamo debe tener de 6 a 15 dígitos",
      };
    }
    return { value: digits };
  });
}

/** ASCII addresses only, so the address is safe in a header and a mailto URL as typed. */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

function email(lang: Lang) {
  const m = messages("email", lang);
  return field((raw): Result<string> => {
    if (isEmpty(raw)) return { error: m.enter };
    const value = asText(raw).trim();
    if (value.length > 254 || !EMAIL.test(value)) {
      return {
        error: lang === "en"
          ? "Enter an email address in the correct format, like name@example.com"
          : "Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com",
      };
    }
    return { value };
  });
}

function phone(lang: Lang) {
  return optional(field((raw): Result<string | undefined> => {
    if (isEmpty(raw)) return { value: undefined };
    const value = singleLine(asText(raw));
    const digits = value.replace(/\D/g, "");
    if (
      !/^\+?[\d\s().-]+$/.test(value) || digits.length < 10 ||
      digits.length > 15
    ) {
      return {
        error: lang === "en"
          ? "Enter a phone number in the correct format, like (555) 555-0100"
          : "Escriba un número de teléfono con el formato correcto, como (555) 555-0100",
      };
    }
    return { value };
  }));
}

function date(
  id: ExtraFieldId,
  ctx: ValidationContext,
  when: "past" | "future" | "any",
) {
  const m = messages(id, ctx.lang);
  return optional(field((raw): Result<IsoDate | undefined> => {
    if (isEmpty(raw)) return { value: undefined };
    const value = parseIsoDate(asText(raw));
    if (value === null) return { error: m.realDate };
    if (when === "past" && value > ctx.today) return { error: m.past };
    if (when === "future" && value < ctx.today) return { error: m.future };
    return { value };
  }));
}

const AMOUNT = /^(?:US)?\$?\s*(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{1,2}))?$/;

/** Parses "$1,234.5" (or a number of dollars) to "1234.50"; null when it is not an amount. */
export function parseAmount(raw: string | number): string | null {
  const text = typeof raw === "number"
    ? (Number.isFinite(raw) && raw >= 0 ? raw.toFixed(2) : "")
    : raw.trim();
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const dollars = m[1].replace(/,/g, "").replace(/^0+(?=\d)/, "");
  return `${dollars}.${(m[2] ?? "").padEnd(2, "0")}`;
}

function amount(id: ExtraFieldId, lang: Lang) {
  const m = messages(id, lang);
  return optional(field((raw): Result<string | undefined> => {
    if (isEmpty(raw)) return { value: undefined };
    const value = typeof raw === "number" || typeof raw === "string" ? parseAmount(raw) : null;
    if (value === null) return { error: m.amount };
    if (/^0+\.00$/.test(value)) return { error: m.positive };
    return { value };
  }));
}

function year(id: ExtraFieldId, ctx: ValidationContext) {
  const m = messages(id, ctx.lang);
  return optional(field((raw): Result<string | undefined> => {
    if (isEmpty(raw)) return { value: undefined };
    const value = asText(raw).trim();
    if (!/^(19|20)\d\d$/.test(value)) return { error: m.year };
    if (value > ctx.today.slice(0, 4)) return { error: m.yearPast };
    return { value };
  }));
}

function attachments(lang: Lang) {
  const en = lang === "en";
  const wrongType = en
    ? "The selected file must be a PDF, JPG or PNG"
    : "El archivo seleccionado debe ser PDF, JPG o PNG";
  const parse = field((raw): Result<Attachment[]> => {
    if (raw === undefined || raw === null) return { value: [] };
    if (!Array.isArray(raw)) return { error: wrongType };
    if (raw.length > MAX_ATTACHMENTS) {
      return {
        error: en
          ? `Select ${MAX_ATTACHMENTS} files or fewer`
          : `Seleccione ${MAX_ATTACHMENTS} archivos o menos`,
      };
    }
    const out: Attachment[] = [];
    for (const item of raw) {
      const name = singleLine(asText((item as { name?: unknown } | null)?.name))
        .slice(0, 255);
      const declared = asText((item as { type?: unknown } | null)?.type)
        .toLowerCase();
      const extension = /\.([a-z]+)$/i.exec(name)?.[1].toLowerCase() ?? "";
      const type = attachmentTypes[declared] ??
        (declared === "" ? attachmentTypes[extension] : undefined);
      if (name === "" || type === undefined) return { error: wrongType };
      out.push({ name, type });
    }
    return { value: out };
  });
  return (raw: unknown) => raw === undefined ? { value: [] } : parse(raw);
}

function commonShape(ctx: ValidationContext) {
  const { lang } = ctx;
  return {
    fullName: requiredText("fullName", lang),
    loanNumber: loanNumber(lang),
    propertyAddress: requiredText("propertyAddress", lang),
    email: email(lang),
    phone: phone(lang),
    summary: requiredText("summary", lang),
    details: text("details", lang),
    requestedAction: text("requestedAction", lang),
    attachments: attachments(lang),
  };
}

function extraField(
  id: ExtraFieldId,
  ctx: ValidationContext,
  when?: "past" | "future" | "any",
) {
  const kind = fields[id].kind;
  if (kind?.type === "date") return date(id, ctx, when ?? kind.when);
  if (kind?.type === "amount") return amount(id, ctx.lang);
  if (kind?.type === "year") return year(id, ctx);
  return text(id, ctx.lang);
}

/** The parsers of one category: its topic ids, common fields and the fields its topics use. */
function categoryShape(
  category: CategoryId,
  ctx: ValidationContext,
): Record<string, Parser> {
  const topics = catalog[category].topics;
  const topicIds = topics.map((t) => t.id);
  const extras: Partial<Record<ExtraFieldId, Parser>> = {};
  for (const t of topics) {
    for (const f of t.fields) extras[f.id] ??= extraField(f.id, ctx, f.when);
  }
  const topicMessage = fields.topic.enter[ctx.lang];
  return {
    category: () => ({ value: category }),
    topic: (raw) =>
      typeof raw === "string" && topicIds.includes(raw) ? { value: raw } : { error: topicMessage },
    ...commonShape(ctx),
    ...extras,
  };
}

interface InquiryBase {
  topic: string;
  fullName: string;
  /** Digits only. */
  loanNumber: string;
  propertyAddress: string;
  email: string;
  phone?: string;
  summary: string;
  details?: string;
  requestedAction?: string;
  attachments: Attachment[];
}

/**
 * A validated, normalised inquiry: dates "YYYY-MM-DD", amounts "1234.50", loan number digits.
 * Extra fields a category does not use are absent.
 */
export type Inquiry =
  & { [C in CategoryId]: InquiryBase & { category: C } }[CategoryId]
  & Partial<Record<ExtraFieldId, string>>;

export type ValidationResult =
  | { ok: true; value: Inquiry }
  | { ok: false; errors: FieldError[] };

/** Validates form input; errors come one per field, in form order, for a GOV.UK error summary. */
export function validateInquiry(
  input: unknown,
  ctx: ValidationContext,
): ValidationResult {
  const data = typeof input === "object" && input !== null ? input as Record<string, unknown> : {};
  const category = isCategoryId(data.category) ? data.category : undefined;
  const shape = category === undefined ? commonShape(ctx) : categoryShape(category, ctx);
  const errors: FieldError[] = category === undefined
    ? [{ field: "category", message: fields.category.enter[ctx.lang] }]
    : [];
  const value: Record<string, unknown> = {};
  for (const [key, parse] of Object.entries(shape)) {
    const r = parse(data[key]);
    if ("error" in r) errors.push({ field: key as FieldId, message: r.error });
    else if (r.value !== undefined) value[key] = r.value;
  }
  // Topic-specific required fields, checked even when other fields failed (GOV.UK lists all).
  const topic = category === undefined
    ? undefined
    : catalog[category].topics.find((t) => t.id === value.topic);
  for (const f of topic?.fields ?? []) {
    if (f.required && !errors.some((e) => e.field === f.id) && isEmpty(value[f.id])) {
      errors.push({ field: f.id, message: fields[f.id].enter[ctx.lang] });
    }
  }
  if (errors.length > 0) {
    const order: string[] = category === undefined ? formFields("general") : formFields(
      category,
      typeof data.topic === "string" ? data.topic : undefined,
    );
    const rank = (f: string) => (order.indexOf(f) + 1 || order.length + 1);
    return {
      ok: false,
      errors: errors.sort((a, b) => rank(a.field) - rank(b.field)),
    };
  }
  return { ok: true, value: value as unknown as Inquiry };
}
