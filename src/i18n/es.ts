import type { UiStrings } from "./en.ts";

/** Spanish UI strings, written for Spanish-speaking borrowers in the United States. */
export const es: UiStrings = {
  siteName: "Centro de ayuda para prestatarios",
  skipLink: "Saltar al contenido principal",
  nav: {
    label: "Principal",
    home: "Inicio",
    guides: "Guías",
    faq: "Preguntas frecuentes",
    contact: "Contáctenos",
    accessibility: "Accesibilidad",
  },
  languageSwitch: { label: "Idioma", other: "English", otherLang: "en" },
  search: {
    label: "Buscar en el centro de ayuda",
    siteLabel: "Búsqueda en el sitio",
    button: "Buscar",
    placeholder: "Por ejemplo: ¿dónde está mi 1098?",
    title: "Buscar",
    intro:
      "Busque en todas las guías y respuestas de este sitio. Los resultados aparecen mientras escribe.",
    resultsOne: "1 resultado",
    resultsMany: "{count} resultados",
    none:
      "No hay resultados para “{query}”. Pruebe con menos palabras o palabras distintas, o vea las guías.",
    loading: "Buscando…",
    unavailable: "No se pudo cargar la búsqueda. Vea las guías por tema.",
    noScript: "La búsqueda necesita JavaScript. Vea todas las guías por tema.",
  },
  home: {
    title: "Respuestas sobre su hipoteca",
    lead:
      "Guías en lenguaje sencillo sobre pagos, escrow, liquidación del préstamo, formularios de impuestos y sus derechos cuando algo sale mal.",
    topics: "Temas",
    popular: "Preguntas comunes",
    contactTitle: "¿Todavía necesita ayuda?",
    contactText:
      "Escriba un mensaje claro y completo a su administrador en pocos pasos. Nosotros nunca vemos ni guardamos lo que escribe.",
    contactLink: "Escribir a su administrador",
  },
  guides: {
    indexTitle: "Todas las guías",
    indexLead: "Todas las guías, agrupadas por tema.",
    shortAnswer: "Respuesta corta",
    onThisPage: "En esta página",
    lastReviewed: "Última revisión",
    sources: "Fuentes",
    related: "Guías relacionadas",
    questions: "Preguntas que hacen los prestatarios",
    needHelp: "¿Todavía necesita ayuda?",
    needHelpText:
      "Si esta guía no respondió su pregunta, escriba a su administrador. Le preparamos el mensaje.",
    needHelpLink: "Escribir a su administrador sobre este tema",
    untranslated: "Esta guía todavía no está traducida. El texto está en inglés.",
  },
  faq: {
    title: "Preguntas frecuentes",
    lead:
      "Respuestas cortas a lo que más preguntan los prestatarios. Cada una lleva a una guía con todos los detalles.",
    readGuide: "Lea la guía:",
  },
  contact: {
    title: "Comuníquese con su administrador",
    lead:
      "Responda unas preguntas y le preparamos un correo o una carta con el asunto correcto y los datos que su administrador necesita.",
    noScript:
      "El asistente de mensajes necesita JavaScript. Puede comunicarse con su administrador con los datos de abajo.",
    emailHeading: "Correo electrónico",
    phoneHeading: "Teléfono",
    hoursHeading: "Horario",
    mailHeading: "Dirección postal",
    designatedHeading: "Dirección para avisos de error y solicitudes de información",
    designatedText:
      "Envíe a esta dirección los avisos de error por escrito (12 CFR 1024.35) y las solicitudes de información (12 CFR 1024.36).",
    portalHeading: "Portal seguro",
    portalText:
      "Envíe documentos y cualquier dato delicado por el portal seguro, nunca por correo electrónico.",
    tipsHeading: "Consejos para que respondan su mensaje",
    tips: [
      "Use un asunto claro con su número de préstamo y el tema del mensaje.",
      "Incluya su nombre completo, número de préstamo y la dirección de la propiedad.",
      "En el primer párrafo diga qué pasó y qué necesita, con fechas y cantidades.",
      "Diga qué documentos adjunta (PDF, JPEG o PNG).",
      "Mantenga un tono tranquilo y profesional.",
      "Guarde una copia de todo lo que envía y recibe.",
      "Si no le responden, pida hablar con un supervisor y ponga su queja por escrito.",
    ],
    responseTime: "{name} intenta responder en {days} días hábiles.",
  },
  accessibility: {
    title: "Declaración de accesibilidad",
    lastAudit: {
      none: "Todavía no se ha registrado ninguna revisión automática.",
      label: "Última revisión automática:",
      page: "{n} página",
      pages: "{n} páginas",
      violation: "{n} infracción",
      violations: "{n} infracciones",
      skipped: "({n} revisiones omitidas)",
    },
  },
  deadline: { label: "Plazo" },

  callout: { note: "Nota", tip: "Consejo", warning: "Importante" },
  notFound: {
    title: "No encontramos la página",
    text:
      "Si escribió la dirección, revise que esté bien escrita. Si la pegó, revise que copió la dirección completa.",
    home: "Ir a la página de inicio",
    searchHint: "También puede buscar en el centro de ayuda.",
  },
  footer: {
    fictional:
      "{name} es un administrador ficticio de ejemplo. Sus direcciones y teléfonos no llevan a nadie.",
    privacy:
      "Este sitio no envía nada sobre usted a nadie: sin cookies ni analítica. Sus borradores y su registro de mensajes se quedan en su propio navegador.",
    notLegalAdvice: "Estas guías explican las reglas en lenguaje sencillo. No son asesoría legal.",
  },
  dates: { locale: "es-US" },
  widget: {
    errorTitle: "Hay un problema",
    errorPrefix: "Error:",
    chooseTopic: "Elija un tema",
    messageLang: "Idioma del mensaje",
    messageLangHint:
      "La línea de asunto siempre nombra la categoría en inglés, para que el administrador pueda dirigirla.",
    langNames: { en: "English", es: "Español" },
    selected: "Seleccionados:",
    submit: "Crear el mensaje",
    startAgain: "Empezar de nuevo",
    cleared: "El formulario está vacío.",
    maskIt: "Ocultarlo",
    masked: "Oculto. Cree el mensaje de nuevo cuando esté listo.",
    guidesOne: "1 guía podría responder esto",
    guidesMany: "{count} guías podrían responder esto",
    resultTitle: "Su mensaje está listo",
    letterIntro:
      "Imprima esta carta, fírmela y envíela por correo postal a la dirección de abajo. Guarde una copia y el comprobante de envío.",
    emailIntro: "Revise el mensaje y luego envíelo desde su propia cuenta de correo.",
    to: "Para",
    subject: "Asunto",
    body: "Mensaje",
    copySubject: "Copiar el asunto",
    copyMessage: "Copiar el mensaje",
    copied: "Copiado",
    copyFailed: "No se pudo copiar. Seleccione el texto y cópielo usted.",
    openEmail: "Abrir en la aplicación de correo",
    tooLong:
      "Este mensaje es demasiado largo para abrirlo en una aplicación de correo desde aquí. Copie el mensaje o descargue el archivo .eml.",
    downloadEml: "Descargar .eml",
    printLetter: "Imprimir la carta",
    printMessage: "Imprimir el mensaje",
    reminder: "Agregar recordatorio (.ics)",
    deadlinesTitle: "Cuándo esperar una respuesta (fechas estimadas)",
    deadlinesNote:
      "Estas fechas son estimadas. El plazo empieza cuando el administrador recibe su mensaje.",
    toneTitle: "Consejos antes de enviar",
    logTitle: "Mensajes creados en este dispositivo",
    logIntro: "Esta lista se queda solo en este navegador. No se envía a ningún lugar.",
    logEmpty: "Todavía no hay mensajes.",
    logDate: "Fecha",
    logReference: "Referencia",
    logSubject: "Asunto",
    logDue: "Respuesta a más tardar (estimada)",
    exportCsv: "Exportar como CSV",
    exportJson: "Exportar como JSON",
    deleteLog: "Borrar el registro",
    logDeleted: "El registro está borrado.",
  },
};
