import type { TrackerWords } from "./en.ts";

/** Las palabras de "Mis mensajes", el seguimiento y el resumen de queja, en español. */
export const trackerEs: TrackerWords = {
  method: {
    email: "correo electrónico",
    portal: "el sitio web seguro del administrador",
    mail: "correo postal",
    "certified-mail": "correo certificado",
  },
  role: {
    acknowledgement: "Acuse de recibo",
    answer: "Respuesta",
    "extended-answer": "Respuesta, si el administrador extendió el plazo por escrito",
    protection: "Protección",
  },
  status: {
    done: "Hecho",
    waiting: "En espera",
    "due-soon": "Vence dentro de {days} días hábiles",
    passed: "Vencido (fecha estimada)",
    active: "Vigente",
    ended: "Terminada",
  },
  start: {
    received: (date) => `Contado desde el ${date}, el día en que el administrador lo recibió.`,
    assumed: (sent, date, days) =>
      `Enviado por correo el ${sent}. Hasta que escriba la fecha de entrega, las fechas suponen que el administrador lo recibió a más tardar el ${date} (${days} días hábiles después); si llegó antes, todas las fechas son anteriores.`,
    notSent: "Anote el día en que lo envió para ver los plazos del administrador.",
  },
  steps: {
    "follow-up": "Escribir de nuevo al administrador",
    "cfpb-complaint": "Presentar una queja ante la CFPB",
    "state-regulator": "Comunicarse con el regulador hipotecario de su estado",
    "housing-counselor": "Hablar con un consejero de vivienda aprobado por HUD",
  },
  stepHelp: {
    "follow-up":
      "Envíe este seguimiento a la misma dirección que su primer mensaje, y guarde una copia.",
    "cfpb-complaint":
      "La Oficina para la Protección Financiera del Consumidor (CFPB) envía su queja a la compañía y le pide una respuesta. Copie este resumen en el formulario de consumerfinance.gov/complaint, o llame al (855) 411-2372.",
    "state-regulator":
      "Su estado otorga las licencias a los administradores hipotecarios. Busque a su administrador y sus reguladores estatales en NMLS Consumer Access (nmlsconsumeraccess.org).",
    "housing-counselor":
      "Un consejero de vivienda aprobado por HUD puede ayudarle gratis o a bajo costo. Llame al (800) 569-4287 o busque por código postal con el buscador de consejeros de la CFPB.",
  },
  overdue: (what, date) =>
    `El administrador debía ${what} a más tardar el ${date} (fecha estimada) y usted no lo ha anotado.`,
  notResolved: "Usted anotó que la respuesta no resolvió el problema.",
  linkText: {
    "cfpb-complaint": "Presentar una queja ante la CFPB",
    "state-regulator": "Abrir NMLS Consumer Access",
    "housing-counselor": "Buscar un consejero de vivienda",
  },
  followUp: {
    sent: (v) =>
      `El ${v.date} les envié un mensaje por ${v.method} (referencia ${v.reference}, asunto "${v.subject}").`,
    received: (date) => `Según mis registros, lo recibieron el ${date}.`,
    missed: (v) =>
      `Según ${v.citation}, debían ${v.what} a más tardar el ${v.date} (fecha estimada). No lo he recibido.`,
    missedOwn: (v) =>
      `Ustedes indicaron que iban a ${v.what} a más tardar el ${v.date} (fecha estimada). No lo he recibido.`,
    notResolved: (date) => `Respondieron el ${date}, pero el problema no está resuelto.`,
    ask: "Les pido que un supervisor revise esto y me responda por escrito.",
    extension:
      "Si extendieron el plazo para responder, les pido una copia del aviso escrito que enviaron.",
    thanks: "Gracias.",
  },
  complaint: {
    company: "Compañía",
    happened: "Qué pasó",
    sent: (v) => `${v.date}: envié "${v.subject}" por ${v.method}.`,
    received: (date) => `${date}: el administrador lo recibió.`,
    acknowledged: (date) => `${date}: el administrador confirmó que lo recibió.`,
    answered: (date) => `${date}: el administrador respondió.`,
    notResolved: (date) => `${date}: la respuesta no resolvió el problema.`,
    missed: (v) =>
      `${v.date} (fecha estimada): el administrador debía ${v.what}${v.citation}. No lo hizo.`,
    references: "Números de referencia",
    reference: (r) => `Mi referencia: ${r}`,
    tracking: (t) => `Número de seguimiento del correo: ${t}`,
    want: "Lo que pido",
    wantText: {
      overdue:
        "Una respuesta completa y por escrito a mi mensaje, y la corrección de cualquier error.",
      "not-resolved": "Una respuesta completa y por escrito que resuelva el problema descrito.",
    },
  },
  csv: {
    reference: "Referencia",
    subject: "Asunto",
    category: "Categoría",
    topic: "Tema",
    created: "Creado el",
    sentOn: "Enviado el",
    method: "Enviado por",
    tracking: "Número de seguimiento",
    delivered: "Recibido por el administrador",
    acknowledged: "Acuse de recibo",
    answered: "Respondido",
    outcome: "Resultado",
    nextDue: "Próximo vencimiento (fecha estimada)",
    resolved: "Resuelto",
    notResolved: "No resuelto",
  },
  update: {
    fields: {
      sentOn: "Fecha en que lo envió",
      method: "Cómo lo envió",
      tracking: "Número de seguimiento (opcional)",
      delivered: "Fecha en que el administrador lo recibió (correo postal)",
      deliveredHint: "Aparece en el acuse del correo certificado o en el seguimiento.",
      acknowledged: "Fecha del acuse de recibo del administrador",
      answered: "Fecha en que el administrador respondió",
      outcome: "¿La respuesta resolvió el problema?",
      outcomeYes: "Sí, está resuelto",
      outcomeNo: "No, no está resuelto",
      outcomeNotYet: "Aún no hay respuesta, o no lo sé",
      outcomeOn: "Fecha en que lo decidió",
    },
    errors: {
      date: (field) => `${field} debe ser una fecha real, como 2026-03-27`,
      future: (field) => `${field} debe ser hoy o una fecha pasada`,
      beforeSent: (field) => `${field} debe ser igual o posterior a la fecha en que lo envió`,
      sentFirst: "Escriba la fecha en que lo envió antes que las demás fechas",
      tracking: "El número de seguimiento solo puede tener letras, dígitos, espacios o guiones",
    },
  },
  reminder: {
    summary: (role, subject) => `${role}, vence (fecha estimada): ${subject}`,
  },
};

export default trackerEs;
