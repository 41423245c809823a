import { categoryNames, type Lang } from "./categories.ts";
import {
  catalog,
  type FieldId,
  fields,
  findTopic,
  type Recipient,
  recipientFor,
} from "./catalog.ts";
import { formatDate, type IsoDate } from "./dates.ts";
import { describeDeadline } from "./deadline-text.ts";
import { type Deadline, deadlinesFor, type SaleThreshold, saleThresholdsFor } from "./deadlines.ts";
import type { ServicerProfile } from "./profile.ts";
import type { Attachment, Inquiry } from "./schema.ts";
import { subjectFor } from "./subject.ts";
import { multiLine, singleLine, wrap } from "./text.ts";

export interface MessageOptions {
  profile: ServicerProfile;
  /** The language the message is written in. */
  lang: Lang;
  /** The date written on the message; deadlines are estimated as if received that day. */
  today: IsoDate;
  /** Extra entropy for the reference id (e.g. from crypto.getRandomValues); omit for a pure result. */
  salt?: string;
}

export interface Message {
  /** Letters (notice of error, information request) carry what Reg X requires. */
  kind: "email" | "letter";
  recipient: Recipient;
  subject: string;
  /** Plain text, LF line ends, wrapped at 78 columns. */
  body: string;
  reference: string;
  deadlines: Deadline[];
  /** Loss-mitigation protections that depend on how early the application arrives before a sale. */
  saleThresholds: SaleThreshold[];
}

/** FNV-1a, 32 bits: a short stable fingerprint, not a security measure. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** "BHC-20261127-7F3A2C": the date plus a fingerprint of the inquiry, so a resend matches. */
export function referenceId(
  inquiry: Inquiry,
  today: IsoDate,
  salt = "",
): string {
  const hash = fnv1a(JSON.stringify(inquiry) + "|" + today + "|" + salt);
  return `BHC-${today.replace(/-/g, "")}-${
    (hash & 0xffffff).toString(16).toUpperCase().padStart(6, "0")
  }`;
}

/** "$1,234.50" from "1234.50". */
export function formatAmount(amount: string): string {
  const [dollars, cents] = amount.split(".");
  return `$${dollars.replace(/\B(?=(\d{3})+$)/g, ",")}.${cents}`;
}

const words = {
  en: {
    account: "Account details",
    about: "About this message",
    category: "Category",
    ask: "What I am asking for",
    attachments: "Attachments",
    attachNote: "I will attach these documents to this email:",
    encloseNote: "I am enclosing copies of these documents:",
    deadlines: "When to expect an answer (estimated)",
    deadlinesNote: (d: string) =>
      `Counted from ${d} as if the servicer receives this that day; its clock starts when it does.`,
    reference: "Reference",
    date: "Date",
    thanks: "Thank you for your help.",
    sincerely: "Sincerely,",
    dear: (name: string) => `Dear ${name}:`,
    re: "Re",
    noe: "This letter is a notice of error under 12 CFR 1024.35.",
    rfi: "This letter is a request for information under 12 CFR 1024.36.",
    error: "The error I believe occurred",
    info: "The information I am requesting",
    copy: "I am keeping a copy of this letter for my records.",
    borrower: "Borrower name",
  },
  es: {
    account: "Datos de la cuenta",
    about: "Sobre este mensaje",
    category: "Categoría",
    ask: "Lo que pido",
    attachments: "Documentos adjuntos",
    attachNote: "Adjuntaré estos documentos a este correo:",
    encloseNote: "Incluyo copias de estos documentos:",
    deadlines: "Cuándo esperar una respuesta (fechas estimadas)",
    deadlinesNote: (d: string) =>
      `Contado desde el ${d} como si el administrador recibiera este mensaje ese día; su plazo empieza cuando lo recibe.`,
    reference: "Referencia",
    date: "Fecha",
    thanks: "Gracias por su ayuda.",
    sincerely: "Atentamente,",
    dear: (name: string) => `Estimados señores de ${name}:`,
    re: "Asunto",
    noe: "Esta carta es un aviso de error conforme a 12 CFR 1024.35.",
    rfi: "Esta carta es una solicitud de información conforme a 12 CFR 1024.36.",
    error: "El error que creo que ocurrió",
    info: "La información que solicito",
    copy: "Guardo una copia de esta carta para mis registros.",
    borrower: "Nombre del prestatario",
  },
};

const typeNames: Record<Attachment["type"], string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPG",
  "image/png": "PNG",
};

function display(
  inquiry: Inquiry,
  id: FieldId,
  lang: Lang,
): string | undefined {
  const value = (inquiry as unknown as Record<string, unknown>)[id];
  if (typeof value !== "string" || value === "") return undefined;
  const kind = fields[id].kind;
  if (kind?.type === "date") return formatDate(value, lang);
  if (kind?.type === "amount") return formatAmount(value);
  return kind?.type === "text" && kind.multiline ? multiLine(value) : singleLine(value);
}

/** A noun phrase for "Label: value" lines: "Date of the error", "Fecha del error". */
function valueLabel(id: FieldId, lang: Lang): string {
  const ref = fields[id].ref[lang].replace(/^(?:El|La|Los|Las|Lo) /, "");
  return ref[0].toUpperCase() + ref.slice(1);
}

/** "Label: value" lines for the fields the inquiry's topic uses. */
function topicLines(inquiry: Inquiry, lang: Lang): string[] {
  const topic = findTopic(inquiry.category, inquiry.topic);
  return (topic?.fields ?? []).flatMap((f) => {
    const value = display(inquiry, f.id, lang);
    return value === undefined ? [] : [`${valueLabel(f.id, lang)}: ${value}`];
  });
}

function accountLines(
  inquiry: Inquiry,
  lang: Lang,
  nameLabel: string,
): string[] {
  const line = (label: string, value?: string) => value ? [`${label}: ${singleLine(value)}`] : [];
  return [
    ...line(nameLabel, inquiry.fullName),
    ...line(fields.loanNumber.label[lang], inquiry.loanNumber),
    ...line(fields.propertyAddress.label[lang], inquiry.propertyAddress),
    ...line(fields.email.label[lang], inquiry.email),
    ...line(fields.phone.label[lang], inquiry.phone),
  ];
}

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [heading, ...lines, ""];
}

/** Builds the plain-text email or letter for a validated inquiry. */
export function buildMessage(
  inquiry: Inquiry,
  options: MessageOptions,
): Message {
  const { profile, lang, today } = options;
  const w = words[lang];
  const category = catalog[inquiry.category];
  const topicName = findTopic(inquiry.category, inquiry.topic)?.name[lang] ??
    inquiry.topic;
  const recipient = recipientFor(profile, inquiry.category);
  const subject = subjectFor(inquiry, lang, today);
  const reference = referenceId(inquiry, today, options.salt);
  const deadlines = deadlinesFor(inquiry.category, inquiry.topic, today, {
    saleDate: inquiry.saleDate,
    responseTimeBusinessDays: profile.responseTimeBusinessDays,
  });
  const isLetter = category.route === "designated";
  const details = inquiry.details ? [multiLine(inquiry.details), ""] : [];
  const attachments = inquiry.attachments.map((a) =>
    `- ${singleLine(a.name)} (${typeNames[a.type]})`
  );
  const saleThresholds = saleThresholdsFor(
    inquiry.category,
    inquiry.topic,
    today,
    inquiry.saleDate,
  );
  const deadlineLines = deadlines.length === 0 ? [] : [
    w.deadlinesNote(formatDate(today, lang)),
    ...deadlines.flatMap((d) => {
      const { line, extension } = describeDeadline(d, lang);
      return [`- ${line}`, ...(extension ? [`  ${extension}`] : [])];
    }),
  ];
  const closing = [
    ...section(w.ask, [
      inquiry.requestedAction ? multiLine(inquiry.requestedAction) : category.ask[lang],
    ]),
    ...section(
      w.attachments,
      attachments.length ? [isLetter ? w.encloseNote : w.attachNote, ...attachments] : [],
    ),
    ...section(w.deadlines, deadlineLines),
  ];
  const sign = [w.sincerely, "", singleLine(inquiry.fullName)];
  const lines = isLetter
    ? [
      ...[
        inquiry.fullName,
        inquiry.propertyAddress,
        inquiry.email,
        inquiry.phone ?? "",
      ]
        .map(singleLine).filter((l) => l !== ""),
      "",
      formatDate(today, lang),
      "",
      profile.name,
      profile.designatedAddress.attention,
      ...profile.designatedAddress.lines,
      "",
      `${w.re}: ${subject}`,
      "",
      w.dear(profile.name),
      "",
      inquiry.category === "notice-of-error" ? w.noe : w.rfi,
      "",
      singleLine(inquiry.summary),
      "",
      ...accountLines(inquiry, lang, w.borrower).slice(0, 3),
      `${inquiry.category === "notice-of-error" ? w.error : w.info}: ${topicName}`,
      ...topicLines(inquiry, lang),
      "",
      ...details,
      ...closing,
      w.copy,
      "",
      `${w.reference}: ${reference}`,
      "",
      ...sign,
    ]
    : [
      singleLine(inquiry.summary),
      "",
      ...section(
        w.account,
        accountLines(inquiry, lang, fields.fullName.label[lang]),
      ),
      ...section(w.about, [
        `${w.category}: ${categoryNames[inquiry.category][lang]}`,
        `${fields.topic.label[lang]}: ${topicName}`,
        ...topicLines(inquiry, lang),
      ]),
      ...details,
      ...closing,
      `${w.reference}: ${reference}`,
      `${w.date}: ${formatDate(today, lang)}`,
      "",
      w.thanks,
      "",
      ...sign,
    ];
  return {
    kind: recipient.kind,
    recipient,
    subject,
    body: wrap(lines.join("\n")),
    reference,
    deadlines,
    saleThresholds,
  };
}
