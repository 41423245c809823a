import { EARLIEST_DATE } from "../../dates.ts";
import type { TrackerWords } from "./en.ts";

/** Las palabras de "Mis mensajes" y de anotar un envío, en español. */
export const trackerEs: TrackerWords = {
  businessDays: { one: "{n} día hábil", other: "{n} días hábiles" },
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
    "due-soon": "Vence dentro de {days}",
    passed: "Vencido (fecha estimada)",
    active: "Vigente",
    ended: "Terminada",
  },
  start: {
    received: (date) => `Contado desde el ${date}, el día en que el administrador lo recibió.`,
    assumed: (sent, date, period) =>
      `Enviado por correo el ${sent}. Hasta que escriba la fecha de entrega, las fechas suponen que el administrador lo recibió a más tardar el ${date} (${period} después); si llegó antes, todas las fechas son anteriores.`,
    notSent: "Anote el día en que lo envió para ver los plazos del administrador.",
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
  designated: {
    what: {
      "notice-of-error": "avisos de error",
      "request-for-information": "solicitudes de información",
    },
    emailNotAccepted: (v) =>
      `Este administrador no acepta ${v.what} por correo electrónico: deben llegar a la dirección que designó (${v.citation}). Es posible que un correo electrónico no cuente como tal, así que los plazos legales quizá no hayan empezado. Envíelo por correo postal a esta dirección:`,
    noClocks:
      "No se muestra ningún plazo legal para el correo electrónico. Cuando lo envíe por correo postal, anote el envío.",
    mailInstead: "Anotar un envío por correo postal",
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
      early: (field) => `${field} debe ser del año ${EARLIEST_DATE.slice(0, 4)} o posterior`,
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
