import type { CategoryId, Lang } from "./categories.ts";
import type { DeadlineRuleId } from "./deadline-rules.ts";
import type { ServicerProfile } from "./profile.ts";

type Text = Record<Lang, string>;

/** Fields asked only for some categories or topics, in the order a form shows them. */
export const extraFieldIds = [
  "paymentDate",
  "paymentAmount",
  "feeDate",
  "feeAmount",
  "statementDate",
  "documentType",
  "taxYear",
  "payoffDate",
  "paidOffDate",
  "errorDate",
  "informationRequested",
  "saleDate",
  "incidentDate",
  "previousContactDate",
  "previousReference",
] as const;
export type ExtraFieldId = typeof extraFieldIds[number];

/** Fields every inquiry has, in form order (the contract's label order). */
export const commonFieldIds = [
  "fullName",
  "loanNumber",
  "propertyAddress",
  "email",
  "phone",
  "category",
  "topic",
] as const;
export const closingFieldIds = [
  "summary",
  "details",
  "requestedAction",
  "attachments",
] as const;
export type FieldId =
  | typeof commonFieldIds[number]
  | ExtraFieldId
  | typeof closingFieldIds[number];

/** How a value is checked and shown; `past`/`future` say which dates make sense. */
export type FieldKind =
  | { type: "text"; max: number; multiline?: boolean }
  | { type: "date"; when: "past" | "future" | "any" }
  | { type: "amount" }
  | { type: "year" };

export interface FieldDef {
  label: Text;
  hint?: Text;
  /** Names the field at the start of an error message: "Date of the payment must be ...". */
  ref: Text;
  /** The message when a required field is empty: "Enter the date of the payment". */
  enter: Text;
  kind?: FieldKind;
}

const dateHint: Text = {
  en: "For example, 2026-03-27",
  es: "Por ejemplo, 2026-03-27",
};
const amountHint: Text = {
  en: "In dollars, for example 35.00",
  es: "En dólares, por ejemplo 35.00",
};
const date = (when: "past" | "future" | "any"): FieldKind => ({
  type: "date",
  when,
});

/** Labels, hints and message wording for every field, in English and Spanish. */
export const fields: Record<FieldId, FieldDef> = {
  fullName: {
    label: { en: "Full name", es: "Nombre completo" },
    ref: { en: "Full name", es: "El nombre completo" },
    enter: { en: "Enter your full name", es: "Escriba su nombre completo" },
    kind: { type: "text", max: 100 },
  },
  loanNumber: {
    label: { en: "Loan number", es: "Número de préstamo" },
    hint: {
      en: "It is on your monthly statement. Do not enter your Social Security number.",
      es: "Está en su estado de cuenta mensual. No escriba su número de Seguro Social.",
    },
    ref: { en: "Loan number", es: "El número de préstamo" },
    enter: {
      en: "Enter your loan number",
      es: "Escriba su número de préstamo",
    },
  },
  propertyAddress: {
    label: { en: "Property address", es: "Dirección de la propiedad" },
    ref: { en: "Property address", es: "La dirección de la propiedad" },
    enter: {
      en: "Enter the property address",
      es: "Escriba la dirección de la propiedad",
    },
    kind: { type: "text", max: 200 },
  },
  email: {
    label: { en: "Email address", es: "Correo electrónico" },
    hint: {
      en: "We only use this to fill in your message.",
      es: "Solo lo usamos para completar su mensaje.",
    },
    ref: { en: "Email address", es: "El correo electrónico" },
    enter: {
      en: "Enter your email address",
      es: "Escriba su correo electrónico",
    },
  },
  phone: {
    label: { en: "Phone number", es: "Número de teléfono" },
    ref: { en: "Phone number", es: "El número de teléfono" },
    enter: {
      en: "Enter your phone number",
      es: "Escriba su número de teléfono",
    },
  },
  category: {
    label: {
      en: "What is your message about?",
      es: "¿De qué se trata su mensaje?",
    },
    ref: { en: "What your message is about", es: "El tema del mensaje" },
    enter: {
      en: "Select what your message is about",
      es: "Seleccione de qué se trata su mensaje",
    },
  },
  topic: {
    label: { en: "Topic", es: "Tema" },
    ref: { en: "Topic", es: "El tema" },
    enter: { en: "Select a topic", es: "Seleccione un tema" },
  },
  paymentDate: {
    label: { en: "Date of the payment", es: "Fecha del pago" },
    hint: dateHint,
    ref: { en: "Date of the payment", es: "La fecha del pago" },
    enter: {
      en: "Enter the date of the payment",
      es: "Escriba la fecha del pago",
    },
    kind: date("past"),
  },
  paymentAmount: {
    label: { en: "Amount of the payment", es: "Cantidad del pago" },
    hint: amountHint,
    ref: { en: "Amount of the payment", es: "La cantidad del pago" },
    enter: {
      en: "Enter the amount of the payment",
      es: "Escriba la cantidad del pago",
    },
    kind: { type: "amount" },
  },
  feeDate: {
    label: { en: "Date of the fee", es: "Fecha del cargo" },
    hint: dateHint,
    ref: { en: "Date of the fee", es: "La fecha del cargo" },
    enter: {
      en: "Enter the date of the fee",
      es: "Escriba la fecha del cargo",
    },
    kind: date("past"),
  },
  feeAmount: {
    label: { en: "Amount of the fee", es: "Cantidad del cargo" },
    hint: amountHint,
    ref: { en: "Amount of the fee", es: "La cantidad del cargo" },
    enter: {
      en: "Enter the amount of the fee",
      es: "Escriba la cantidad del cargo",
    },
    kind: { type: "amount" },
  },
  statementDate: {
    label: { en: "Date of the statement", es: "Fecha del estado de cuenta" },
    hint: dateHint,
    ref: { en: "Date of the statement", es: "La fecha del estado de cuenta" },
    enter: {
      en: "Enter the date of the statement",
      es: "Escriba la fecha del estado de cuenta",
    },
    kind: date("past"),
  },
  documentType: {
    label: {
      en: "Which documents do you need?",
      es: "¿Qué documentos necesita?",
    },
    ref: { en: "Which documents you need", es: "Los documentos que necesita" },
    enter: {
      en: "Enter which documents you need",
      es: "Escriba qué documentos necesita",
    },
    kind: { type: "text", max: 500 },
  },
  taxYear: {
    label: { en: "Tax year", es: "Año fiscal" },
    hint: { en: "For example, 2025", es: "Por ejemplo, 2025" },
    ref: { en: "Tax year", es: "El año fiscal" },
    enter: { en: "Enter the tax year", es: "Escriba el año fiscal" },
    kind: { type: "year" },
  },
  payoffDate: {
    label: {
      en: "Date you plan to pay off the loan",
      es: "Fecha en que piensa liquidar el préstamo",
    },
    hint: dateHint,
    ref: { en: "Payoff date", es: "La fecha de liquidación" },
    enter: {
      en: "Enter the date you plan to pay off the loan",
      es: "Escriba la fecha en que piensa liquidar el préstamo",
    },
    kind: date("future"),
  },
  paidOffDate: {
    label: {
      en: "Date the loan was paid off",
      es: "Fecha en que se liquidó el préstamo",
    },
    hint: dateHint,
    ref: { en: "Date the loan was paid off", es: "La fecha en que se liquidó el préstamo" },
    enter: {
      en: "Enter the date the loan was paid off",
      es: "Escriba la fecha en que se liquidó el préstamo",
    },
    kind: date("past"),
  },
  errorDate: {
    label: {
      en: "When did the error happen?",
      es: "¿Cuándo ocurrió el error?",
    },
    hint: dateHint,
    ref: { en: "Date of the error", es: "La fecha del error" },
    enter: {
      en: "Enter the date of the error",
      es: "Escriba la fecha del error",
    },
    kind: date("past"),
  },
  informationRequested: {
    label: {
      en: "What information do you want?",
      es: "¿Qué información quiere?",
    },
    hint: {
      en: "Name the specific information or documents, for example the payment history for 2025.",
      es: "Diga qué información o documentos concretos, por ejemplo el historial de pagos de 2025.",
    },
    ref: { en: "Information requested", es: "La información solicitada" },
    enter: {
      en: "Enter the information you want",
      es: "Escriba la información que quiere",
    },
    kind: { type: "text", max: 1000, multiline: true },
  },
  saleDate: {
    label: {
      en: "Date of the foreclosure sale",
      es: "Fecha de la venta por ejecución hipotecaria",
    },
    hint: dateHint,
    ref: {
      en: "Date of the foreclosure sale",
      es: "La fecha de la venta por ejecución hipotecaria",
    },
    enter: {
      en: "Enter the date of the foreclosure sale",
      es: "Escriba la fecha de la venta por ejecución hipotecaria",
    },
    kind: date("any"),
  },
  incidentDate: {
    label: { en: "When did it happen?", es: "¿Cuándo ocurrió?" },
    hint: dateHint,
    ref: { en: "Date it happened", es: "La fecha en que ocurrió" },
    enter: {
      en: "Enter the date it happened",
      es: "Escriba la fecha en que ocurrió",
    },
    kind: date("past"),
  },
  previousContactDate: {
    label: {
      en: "Date you first contacted us",
      es: "Fecha en que nos contactó por primera vez",
    },
    hint: dateHint,
    ref: {
      en: "Date you first contacted us",
      es: "La fecha del primer contacto",
    },
    enter: {
      en: "Enter the date you first contacted us",
      es: "Escriba la fecha en que nos contactó por primera vez",
    },
    kind: date("past"),
  },
  previousReference: {
    label: {
      en: "Earlier reference or case number",
      es: "Número de referencia o caso anterior",
    },
    ref: { en: "Earlier reference", es: "La referencia anterior" },
    enter: {
      en: "Enter the earlier reference or case number",
      es: "Escriba el número de referencia o caso anterior",
    },
    kind: { type: "text", max: 60 },
  },
  summary: {
    label: { en: "Summary", es: "Resumen" },
    hint: {
      en: "One or two sentences about what happened and what you need.",
      es: "Una o dos oraciones sobre qué pasó y qué necesita.",
    },
    ref: { en: "Summary", es: "El resumen" },
    enter: { en: "Enter a summary", es: "Escriba un resumen" },
    kind: { type: "text", max: 300 },
  },
  details: {
    label: { en: "Details", es: "Detalles" },
    hint: {
      en: "Do not include your Social Security number, card or bank account numbers, or passwords.",
      es:
        "No incluya su número de Seguro Social, números de tarjeta o de cuenta bancaria, ni contraseñas.",
    },
    ref: { en: "Details", es: "Los detalles" },
    enter: { en: "Enter the details", es: "Escriba los detalles" },
    kind: { type: "text", max: 5000, multiline: true },
  },
  requestedAction: {
    label: {
      en: "What would you like the servicer to do?",
      es: "¿Qué quiere que haga el administrador?",
    },
    ref: {
      en: "What you would like the servicer to do",
      es: "Lo que quiere que haga el administrador",
    },
    enter: {
      en: "Enter what you would like the servicer to do",
      es: "Escriba qué quiere que haga el administrador",
    },
    kind: { type: "text", max: 1000, multiline: true },
  },
  attachments: {
    label: { en: "Documents you will attach", es: "Documentos que adjuntará" },
    hint: {
      en: "PDF, JPG or PNG. Nothing is uploaded: attach them in your email program.",
      es: "PDF, JPG o PNG. No se sube nada: adjúntelos en su programa de correo.",
    },
    ref: { en: "Attachment", es: "El archivo adjunto" },
    enter: { en: "Select a file", es: "Seleccione un archivo" },
  },
};

/** A field a topic asks for; `required` fields block submission when empty. */
export interface TopicField {
  id: ExtraFieldId;
  required: boolean;
  /** Overrides which dates make sense, e.g. a scheduled sale must be in the future. */
  when?: "past" | "future" | "any";
}

export interface Topic {
  id: string;
  name: Text;
  fields: TopicField[];
  guides: string[];
  deadlines: DeadlineRuleId[];
}

export interface Category {
  id: CategoryId;
  /** Letters go to the Reg X designated address; emails to the category inbox. */
  route: "designated" | "email";
  /** What the borrower asks for when they do not say. */
  ask: Text;
  guides: string[];
  topics: Topic[];
}

const req = (id: ExtraFieldId, when?: TopicField["when"]): TopicField => ({
  id,
  required: true,
  when,
});
const opt = (id: ExtraFieldId, when?: TopicField["when"]): TopicField => ({
  id,
  required: false,
  when,
});

function topic(
  id: string,
  en: string,
  es: string,
  fields: TopicField[] = [],
  guides: string[] = [],
  deadlines: DeadlineRuleId[] = [],
): Topic {
  return { id, name: { en, es }, fields, guides, deadlines };
}

const noeDeadlines: DeadlineRuleId[] = ["acknowledgement", "notice-of-error"];
/** Errors about a payment also stop adverse credit reporting on it for 60 days (1024.35(i)(1)). */
const paymentErrorDeadlines: DeadlineRuleId[] = [...noeDeadlines, "credit-reporting-protection"];
/** Foreclosure errors (1024.35(b)(9), (10)): before the sale or 30 days, never extended. */
const foreclosureErrorDeadlines: DeadlineRuleId[] = [
  "acknowledgement",
  "notice-of-error-foreclosure",
];
const noe = (
  id: string,
  en: string,
  es: string,
  fields: TopicField[],
  guides: string[] = [],
  deadlines = noeDeadlines,
) => topic(id, en, es, [...fields, opt("errorDate")], guides, deadlines);

/** The nine categories with their topics, fields, related guides and deadlines. */
export const catalog: Record<CategoryId, Category> = {
  "account-inquiry": {
    id: "account-inquiry",
    route: "email",
    ask: {
      en: "Please look into this and reply with the information.",
      es: "Les pido que revisen esto y me respondan con la información.",
    },
    guides: ["check-your-balance", "response-times"],
    topics: [
      topic(
        "balance-verification",
        "Balance verification",
        "Verificación del saldo",
        [opt("statementDate")],
        ["check-your-balance"],
      ),
      topic("payment-history", "Payment history", "Historial de pagos", [], [
        "payment-history",
      ]),
      topic(
        "escrow-account",
        "Escrow account",
        "Cuenta de depósito en garantía (escrow)",
        [opt("statementDate")],
        [
          "how-escrow-works",
          "escrow-analysis",
          "escrow-after-payoff",
        ],
      ),
      topic(
        "interest-rate-change",
        "Interest rate change",
        "Cambio de la tasa de interés",
        [opt("statementDate")],
        [
          "adjustable-rate-changes",
        ],
      ),
      topic(
        "mortgage-insurance",
        "Removing mortgage insurance (PMI)",
        "Cancelar el seguro hipotecario (PMI)",
      ),
      topic(
        "insurance-claim",
        "Insurance claim check after damage",
        "Cheque del seguro por daños",
        [opt("incidentDate")],
      ),
    ],
  },
  "payment-clarification": {
    id: "payment-clarification",
    route: "email",
    ask: {
      en: "Please explain how this was handled and correct it if it is wrong.",
      es: "Les pido que me expliquen cómo se manejó esto y que lo corrijan si está mal.",
    },
    guides: ["how-payments-are-applied", "keeping-records"],
    topics: [
      topic(
        "payment-applied",
        "How a payment was applied",
        "Cómo se aplicó un pago",
        [
          req("paymentDate"),
          opt("paymentAmount"),
        ],
        ["how-payments-are-applied"],
      ),
      topic("late-fee", "Late fee", "Cargo por pago atrasado", [
        req("feeAmount"),
        opt("feeDate"),
      ], ["late-fees"]),
      topic("payment-not-posted", "Payment not posted", "Pago no registrado", [
        req("paymentDate"),
        req("paymentAmount"),
      ], [
        "payment-not-posted",
      ]),
      topic("partial-payment", "Partial payment", "Pago parcial", [
        opt("paymentDate"),
        opt("paymentAmount"),
      ], [
        "partial-payments-and-suspense",
      ]),
      topic(
        "servicing-transfer",
        "Payment after my loan was transferred",
        "Pago después de la transferencia del préstamo",
        [opt("paymentDate"), opt("paymentAmount")],
      ),
      topic(
        "autopay",
        "Autopay or how I pay",
        "Pago automático o forma de pago",
        [opt("paymentDate"), opt("paymentAmount")],
      ),
      topic(
        "credit-report",
        "Late payment on my credit report",
        "Pago atrasado en mi informe de crédito",
        [opt("paymentDate")],
      ),
    ],
  },
  "document-request": {
    id: "document-request",
    route: "email",
    ask: {
      en: "Please send me the documents listed above.",
      es: "Les pido que me envíen los documentos indicados.",
    },
    guides: ["copies-of-records", "response-times"],
    topics: [
      topic(
        "payoff-statement",
        "Payoff statement",
        "Estado de liquidación",
        [opt("payoffDate")],
        ["payoff-statement"],
        [
          "payoff-statement",
        ],
      ),
      topic("form-1098", "Form 1098", "Formulario 1098", [req("taxYear")], [
        "form-1098",
      ]),
      topic(
        "loan-modification-documents",
        "Loan modification documents",
        "Documentos de modificación del préstamo",
        [
          opt("documentType"),
        ],
        ["hardship-help"],
      ),
      topic(
        "assumption-paperwork",
        "Assumption paperwork",
        "Documentos para asumir el préstamo",
        [],
        ["loan-assumption"],
      ),
      topic(
        "past-correspondence",
        "Copies of past correspondence",
        "Copias de correspondencia anterior",
        [
          req("documentType"),
        ],
        ["copies-of-records", "keeping-records"],
      ),
      topic(
        "lien-release",
        "Lien release after payoff",
        "Liberación del gravamen después de liquidar",
        [opt("paidOffDate")],
      ),
    ],
  },
  hardship: {
    id: "hardship",
    route: "email",
    ask: {
      en: "Please tell me which options I may qualify for and what you need from me to apply.",
      es:
        "Les pido que me digan para qué opciones podría calificar y qué necesitan de mí para solicitarlas.",
    },
    guides: ["hardship-help", "response-times"],
    topics: [
      topic(
        "loan-modification",
        "Loan modification",
        "Modificación del préstamo",
        [opt("saleDate", "future")],
        [
          "hardship-help",
        ],
        ["loss-mitigation-acknowledgement"],
      ),
      topic(
        "forbearance-or-payment-plan",
        "Forbearance or payment plan",
        "Indulgencia (forbearance) o plan de pagos",
        [
          opt("saleDate", "future"),
        ],
        ["hardship-help"],
        ["loss-mitigation-acknowledgement"],
      ),
      topic(
        "foreclosure-sale-scheduled",
        "Foreclosure sale scheduled",
        "Venta por ejecución hipotecaria programada",
        [
          req("saleDate", "future"),
        ],
        ["hardship-help", "escalation"],
        ["loss-mitigation-acknowledgement"],
      ),
      topic("other-hardship", "Other hardship", "Otra dificultad", [
        opt("saleDate", "future"),
      ], ["hardship-help"]),
      topic(
        "after-forbearance",
        "When my forbearance ends",
        "Cuando termina mi indulgencia (forbearance)",
        [opt("saleDate", "future")],
        [],
        ["loss-mitigation-acknowledgement"],
      ),
      topic(
        "servicemember-or-disaster",
        "Military service or a disaster",
        "Servicio militar o un desastre",
        [opt("incidentDate")],
      ),
    ],
  },
  escalation: {
    id: "escalation",
    route: "email",
    ask: {
      en: "Please have a supervisor review this and reply in writing.",
      es: "Les pido que un supervisor revise esto y me responda por escrito.",
    },
    guides: ["escalation", "response-times", "keeping-records"],
    topics: [
      topic(
        "no-response",
        "No answer to an earlier message",
        "Sin respuesta a un mensaje anterior",
        [
          req("previousContactDate"),
          opt("previousReference"),
        ],
        ["escalation", "response-times"],
      ),
      topic("unresolved-issue", "Issue not resolved", "Problema sin resolver", [
        req("previousContactDate"),
        opt("previousReference"),
      ], ["escalation"]),
      topic(
        "service-complaint",
        "Complaint about service",
        "Queja sobre el servicio",
        [
          opt("previousContactDate"),
          opt("previousReference"),
        ],
        ["escalation"],
      ),
    ],
  },
  "notice-of-error": {
    id: "notice-of-error",
    route: "designated",
    ask: {
      en: "Please correct the error, or explain in writing why you believe there is no error.",
      es:
        "Les pido que corrijan el error o que me expliquen por escrito por qué creen que no hay error.",
    },
    guides: ["notice-of-error", "response-times", "keeping-records"],
    topics: [
      noe(
        "refused-payment",
        "Refused a payment that met the terms",
        "Rechazo de un pago que cumplía los términos",
        [
          opt("paymentDate"),
          opt("paymentAmount"),
        ],
        [],
        paymentErrorDeadlines,
      ),
      noe(
        "misapplied-payment",
        "Payment applied incorrectly",
        "Pago aplicado incorrectamente",
        [
          opt("paymentDate"),
          opt("paymentAmount"),
        ],
        ["how-payments-are-applied"],
        paymentErrorDeadlines,
      ),
      noe(
        "payment-not-credited",
        "Payment not credited on the day received",
        "Pago no acreditado el día en que se recibió",
        [
          opt("paymentDate"),
          opt("paymentAmount"),
        ],
        ["payment-not-posted"],
        paymentErrorDeadlines,
      ),
      noe(
        "escrow-not-paid",
        "Taxes or insurance not paid from escrow, or escrow not refunded",
        "Impuestos o seguro no pagados desde escrow, o escrow no devuelto",
        [],
        [
          "how-escrow-works",
          "escrow-after-payoff",
        ],
      ),
      noe(
        "unreasonable-fee",
        "Fee with no reasonable basis",
        "Cargo sin base razonable",
        [opt("feeDate"), opt("feeAmount")],
        [
          "late-fees",
        ],
      ),
      topic(
        "payoff-balance",
        "Inaccurate payoff balance",
        "Saldo de liquidación incorrecto",
        [opt("errorDate")],
        [
          "notice-of-error",
          "payoff-statement",
        ],
        ["acknowledgement", "notice-of-error-payoff"],
      ),
      noe(
        "loss-mitigation-info",
        "Wrong information about help options or foreclosure",
        "Información incorrecta sobre opciones de ayuda o ejecución hipotecaria",
        [],
        [
          "hardship-help",
        ],
      ),
      noe(
        "transfer-info",
        "Information not transferred with the loan",
        "Información no transferida con el préstamo",
        [],
      ),
      noe(
        "foreclosure-filing",
        "Foreclosure started when it should not have",
        "Ejecución hipotecaria iniciada indebidamente",
        [
          opt("saleDate"),
        ],
        ["hardship-help"],
        foreclosureErrorDeadlines,
      ),
      noe(
        "foreclosure-sale",
        "Foreclosure judgment or sale when it should not have happened",
        "Sentencia o venta por ejecución hipotecaria indebida",
        [
          opt("saleDate"),
        ],
        ["hardship-help"],
        foreclosureErrorDeadlines,
      ),
      noe(
        "other-error",
        "Other servicing error",
        "Otro error de administración",
        [],
      ),
    ],
  },
  "request-for-information": {
    id: "request-for-information",
    route: "designated",
    ask: {
      en: "Please send me the information described above.",
      es: "Les pido que me envíen la información descrita.",
    },
    guides: ["request-for-information", "response-times", "keeping-records"],
    topics: [
      topic(
        "loan-owner",
        "Owner or assignee of the loan",
        "Dueño o cesionario del préstamo",
        [],
        [
          "request-for-information",
        ],
        ["acknowledgement", "loan-owner"],
      ),
      topic(
        "servicing-records",
        "Servicing file or records",
        "Expediente o registros del préstamo",
        [
          req("informationRequested"),
        ],
        ["copies-of-records"],
        ["acknowledgement", "other-information"],
      ),
      topic("other-information", "Other information", "Otra información", [
        req("informationRequested"),
      ], [
        "request-for-information",
      ], ["acknowledgement", "other-information"]),
      topic(
        "successor-in-interest",
        "Confirming I am a successor in interest",
        "Confirmar que soy sucesor en interés",
        [opt("informationRequested")],
        [],
        ["acknowledgement", "other-information"],
      ),
    ],
  },
  security: {
    id: "security",
    route: "email",
    ask: {
      en: "Please confirm whether this came from you and tell me what I should do next.",
      es: "Les pido que confirmen si esto vino de ustedes y que me digan qué debo hacer.",
    },
    guides: ["protecting-your-information"],
    topics: [
      topic("suspicious-message", "Suspicious message", "Mensaje sospechoso", [
        opt("incidentDate"),
      ]),
      topic(
        "lost-access",
        "Lost access to my online account",
        "Perdí el acceso a mi cuenta en línea",
        [opt("incidentDate")],
      ),
      topic("possible-fraud", "Possible fraud", "Posible fraude", [
        opt("incidentDate"),
      ]),
    ],
  },
  general: {
    id: "general",
    route: "email",
    ask: {
      en: "Please reply with an answer to my question.",
      es: "Les pido que respondan a mi pregunta.",
    },
    guides: ["writing-an-effective-email", "accessibility-and-language-help"],
    topics: [
      topic(
        "contact-details",
        "Update my contact details",
        "Actualizar mis datos de contacto",
      ),
      topic(
        "language-or-accessibility",
        "Language or accessibility help",
        "Ayuda con idioma o accesibilidad",
        [],
        [
          "accessibility-and-language-help",
        ],
      ),
      topic("other-question", "Something else", "Otro tema"),
    ],
  },
};

/** The topic with this id in the category, if any. */
export function findTopic(
  categoryId: CategoryId,
  topicId: string,
): Topic | undefined {
  return catalog[categoryId].topics.find((t) => t.id === topicId);
}

/** The fields a form should show for this category and topic, in order. */
export function formFields(
  categoryId: CategoryId,
  topicId?: string,
): FieldId[] {
  const topics = topicId === undefined
    ? catalog[categoryId].topics
    : [findTopic(categoryId, topicId)];
  const extra = new Set(
    topics.flatMap((t) => t?.fields.map((f) => f.id) ?? []),
  );
  return [
    ...commonFieldIds,
    ...extraFieldIds.filter((id) => extra.has(id)),
    ...closingFieldIds,
  ];
}

const requiredCommon = new Set<FieldId>([
  "fullName",
  "loanNumber",
  "propertyAddress",
  "email",
  "category",
  "topic",
  "summary",
]);

/** Whether a field must be filled in for this category and topic. */
export function isRequired(
  field: FieldId,
  categoryId?: CategoryId,
  topicId?: string,
): boolean {
  if (requiredCommon.has(field)) return true;
  if (categoryId === undefined || topicId === undefined) return false;
  return findTopic(categoryId, topicId)?.fields.some((f) => f.id === field && f.required) ?? false;
}

/** A field's label, with "(optional)" when it may be left empty (GOV.UK style). */
export function fieldLabel(
  field: FieldId,
  lang: Lang,
  categoryId?: CategoryId,
  topicId?: string,
): string {
  const label = fields[field].label[lang];
  if (isRequired(field, categoryId, topicId) || field === "attachments") {
    return label;
  }
  return `${label} ${lang === "en" ? "(optional)" : "(opcional)"}`;
}

/** Guide slugs worth suggesting for a category, topic-specific ones first. */
export function guidesFor(categoryId: CategoryId, topicId?: string): string[] {
  const topicGuides = topicId === undefined ? [] : findTopic(categoryId, topicId)?.guides ?? [];
  return [...new Set([...topicGuides, ...catalog[categoryId].guides])];
}

export type Recipient =
  | { kind: "email"; address: string }
  | { kind: "letter"; name: string; attention: string; lines: string[] };

/**
 * Where a message goes. Notices of error and information requests go to the Reg X designated
 * address (12 CFR 1024.35(c), 1024.36(b)): by letter unless the servicer accepts them by email.
 */
export function recipientFor(
  profile: ServicerProfile,
  categoryId: CategoryId,
): Recipient {
  if (catalog[categoryId].route === "designated") {
    const d = profile.designatedAddress;
    if (d.acceptsEmail && d.email) return { kind: "email", address: d.email };
    return {
      kind: "letter",
      name: profile.name,
      attention: d.attention,
      lines: [...d.lines],
    };
  }
  return {
    kind: "email",
    address: profile.email.byCategory[categoryId] ?? profile.email.default,
  };
}
