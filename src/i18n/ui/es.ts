import type { UiStrings } from "./en.ts";

/** Spanish UI strings, written for Spanish-speaking borrowers in the United States. */
export const es: UiStrings = {
  skipLink: "Saltar al contenido principal",
  nav: {
    label: "Principal",
    home: "Inicio",
    guides: "Guías",
    faq: "Preguntas frecuentes",
    contact: "Contáctenos",
    messages: "Mis mensajes",
    accessibility: "Accesibilidad",
  },
  languageSwitch: { label: "Idioma" },
  search: {
    label: "Buscar en el centro de ayuda",
    siteLabel: "Búsqueda en el sitio",
    button: "Buscar",
    title: "Buscar",
    intro:
      "Busque en todas las guías y respuestas de este sitio. Los resultados aparecen mientras escribe.",
    results: { one: "Se encontró {n} resultado.", other: "Se encontraron {n} resultados." },
    none: "No hay resultados.",
    loading: "Buscando…",
    didYouMean: "¿Quiso decir {suggestion}?",
    sections: "Secciones que coinciden",
    noneTitle: "No hay resultados para “{query}”",
    noneHelp:
      "Revise la ortografía o pruebe con menos palabras u otras. Estas respuestas son las que más buscan los prestatarios:",
    noneGuides: "Todas las guías por tema",
    noneContact: "Escribir a su administrador",
    unavailable: "No se pudo cargar la búsqueda. Vea las guías por tema.",
    noScript: "La búsqueda necesita JavaScript. Vea todas las guías por tema.",
  },
  home: {
    title: "Respuestas sobre su hipoteca",
    lead:
      "Guías en lenguaje sencillo sobre pagos, escrow, liquidación del préstamo, formularios de impuestos y sus derechos cuando algo sale mal.",
    topics: "Temas",
    allInTopic: "Las {count} guías de este tema",
    popular: "Preguntas comunes",
    contactTitle: "¿Todavía necesita ayuda?",
    contactText:
      "Escriba un mensaje claro y completo a su administrador en pocos pasos. Nosotros nunca vemos ni guardamos lo que escribe.",
    contactLink: "Escribir a su administrador",
  },
  guides: {
    indexTitle: "Todas las guías",
    indexLead: "Todas las guías, agrupadas por tema.",
    topicPages: {
      label: "Páginas de este tema",
      previous: "Página anterior",
      next: "Página siguiente",
      page: "Página {page} de {total}",
    },
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
    untranslatedTag: "(en inglés)",
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
    responseTime: "{name} intenta responder en {days}.",
    businessDays: { one: "{n} día hábil", other: "{n} días hábiles" },
  },
  accessibility: {
    title: "Declaración de accesibilidad",
    statement: {
      intro:
        "Queremos que todas las personas puedan usar este centro de ayuda, incluidas las que usan un lector de pantalla, solo el teclado, control por voz o ampliación de pantalla.",
      aimHeading: "Nuestro objetivo",
      aimIntro:
        "Este sitio busca cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2, nivel AA. En especial, usted debería poder:",
      aims: [
        "usar todas las páginas y formularios solo con el teclado, y ver siempre dónde está;",
        "ampliar el texto al 200% y usar el sitio en una pantalla de 320 píxeles de ancho sin desplazarse hacia los lados;",
        "usar el modo claro u oscuro, según la configuración de su dispositivo;",
        "escuchar con un lector de pantalla los errores de los formularios y los resultados de búsqueda;",
        "leer todas las guías en {languages}.",
      ],
      testHeading: "Cómo lo revisamos",
      testIntro: "Revisamos automáticamente cada página del mapa del sitio, en todos los idiomas:",
      tests: [
        "con axe-core, según las reglas de WCAG 2.0, 2.1 y 2.2 de los niveles A y AA y las buenas prácticas de axe, en modo claro y oscuro, en pantallas angostas y anchas;",
        "con la tecla Tab, desde el principio de la página hasta el final, para asegurarnos de que el foco siempre se vea y nunca se quede atrapado;",
        "en una pantalla de 320 píxeles de ancho, y con el texto al 200%.",
      ],
      byHand:
        "También revisamos el formulario de contacto con cada tipo de mensaje de error y con un mensaje terminado. Las revisiones automáticas solo encuentran algunos problemas, por eso también probamos a mano con el teclado.",
      helpHeading: "Otra forma de recibir ayuda",
      help: [
        "Si algo aquí no le funciona, comuníquese con su administrador por teléfono o por correo postal; los datos están en la ",
        "página de contacto",
        ". También puede pedirle a su administrador documentos en otro formato, como letra grande.",
      ],
    },
    lastAudit: {
      none: "Todavía no se ha registrado ninguna revisión automática.",
      label: "Última revisión automática:",
      pages: { one: "{n} página", other: "{n} páginas" },
      checks: { one: "{n} comprobación", other: "{n} comprobaciones" },
      violations: { one: "{n} infracción", other: "{n} infracciones" },
      errors: {
        one: "{n} comprobación no se pudo completar, así que ese resultado está incompleto.",
        other:
          "{n} comprobaciones no se pudieron completar, así que ese resultado está incompleto.",
      },
      disabled: "Reglas que esa revisión no comprobó, y por qué:",
    },
  },
  loadFailed: {
    title: "Una parte de esta página no se pudo cargar",
    text:
      "Puede que se haya cortado la conexión o que el sitio se acabe de actualizar. No se pierde nada de lo que escribió: se guarda en este navegador.",
    reload: "Volver a cargar la página",
  },
  deadline: { label: "Plazo" },

  topics: {
    account: "Su saldo y su cuenta",
    payments: "Pagos y cargos",
    escrow: "Escrow, impuestos y seguro",
    payoff: "Liquidar su préstamo",
    "tax-forms": "Formularios de impuestos (1098)",
    hardship: "Dificultades para pagar",
    documents: "Documentos y registros",
    "errors-and-requests": "Errores y solicitudes de información",
    escalation: "Quejas y escalamiento",
    contacting: "Cómo comunicarse con su administrador",
    security: "Proteger su información",
  },
  callout: { note: "Nota", tip: "Consejo", warning: "Importante" },
  notFound: {
    title: "No encontramos la página",
    text:
      "Si escribió la dirección, revise que esté bien escrita. Si la pegó, revise que copió la dirección completa.",
    home: "Ir a la página de inicio",
    searchHint: "También puede buscar en el centro de ayuda.",
  },
  offline: {
    title: "Lea las guías sin conexión",
    lead:
      "Guarde todas las guías y la búsqueda en este dispositivo. Así podrá leerlas y buscar en ellas sin internet, por ejemplo donde su teléfono no tiene señal.",
    save: "Guardar todas las guías para leer sin conexión ({size})",
    progress: "Guardando las guías",
    saving: "Guardando las guías: {percent} % hecho.",
    saved:
      "Todas las guías están guardadas en este dispositivo ({size}). Puede leerlas y buscar en ellas sin conexión.",
    partly: "Algunas guías aún no están guardadas en este dispositivo (faltan {size}).",
    failed: "El guardado se detuvo antes de terminar. Revise su conexión y vuelva a intentarlo.",
    removed: "Las guías guardadas se borraron de este dispositivo.",
    remove: "Borrar las guías guardadas",
    notLoaded: "Esto no se pudo cargar. Revise su conexión y vuelva a intentarlo.",
    pageTitle: "Esta página no está guardada para leer sin conexión",
    pageText:
      "No tiene conexión, y esta página no se abrió ni se guardó antes en este dispositivo. Las páginas que abrió antes siguen funcionando.",
    pageSave:
      "Para leer todas las guías sin conexión la próxima vez, guárdelas en la página de guías cuando vuelva a tener conexión:",
    pageGuides: "Guardar todas las guías para leer sin conexión",
    pageHome: "Ir a la página de inicio",
  },
  footer: {
    operator: "{site} es un servicio de {name}.",
    fictional:
      "{name} es un administrador ficticio de ejemplo. Sus direcciones y teléfonos no llevan a nadie.",
    privacy:
      "Este sitio no envía nada sobre usted a nadie: sin cookies ni analítica. Sus borradores y su registro de mensajes se quedan en su propio navegador.",
    notLegalAdvice: "Estas guías explican las reglas en lenguaje sencillo. No son asesoría legal.",
  },
  messages: {
    fileNames: {
      csv: "mis-mensajes.csv",
      json: "mis-mensajes.json",
      reminders: "{reference}-recordatorios.ics",
    },
    title: "Mis mensajes",
    lead:
      "Lleve el control de los mensajes que envía a su administrador y de cuándo debe responder. Todo queda en este navegador, en este dispositivo. No se envía nada a ninguna parte.",
    noScript:
      "Mis mensajes necesita JavaScript, porque guarda su lista en este navegador. Aun así, puede escribir a su administrador.",
    empty: "Todavía no tiene mensajes.",
    emptyLink: "Escribir a su administrador",
    today: "Fechas al {date}. Todos los plazos son estimados.",
    reference: "Referencia",
    about: "Tema",
    made: "Creado el",
    sent: "Enviado",
    notSent: "Todavía no se envió",
    sentBy: "{date}, por {method}",
    tracking: "Número de seguimiento",
    received: "Recibido por el administrador",
    receivedUnknown: "Aún no anotado",
    acknowledged: "Acuse de recibo",
    answered: "Respondido",
    outcome: "Resultado",
    resolved: "Resuelto",
    notResolved: "No resuelto",
    none: "Todavía no",
    clocksTitle: "Plazos",
    clockDue: "Vence el {date} (fecha estimada)",
    clockUntil: "Hasta el {date} (fecha estimada)",
    update: "Anotar lo que pasó",
    updateHint: "Escriba las fechas así: 2026-03-27. Deje una fecha vacía si aún no ocurrió.",
    save: "Guardar",
    saved: "Guardado.",
    nextTitle: "Qué puede hacer ahora",
    copy: "Copiar",
    copied: "Copiado",
    copyFailed: "No se pudo copiar. Seleccione el texto y cópielo usted.",
    followUpLink: "Escribir el seguimiento con el formulario de contacto",
    followUpSubject: "Asunto",
    reminders: "Agregar recordatorios (.ics)",
    remove: "Borrar este mensaje",
    removed: "El mensaje se borró.",
    toolsTitle: "Mover o borrar su lista",
    exportJson: "Exportar (JSON)",
    exportCsv: "Exportar para una hoja de cálculo (CSV)",
    importLabel: "Importar un archivo exportado de Mis mensajes",
    importHint: "Un archivo .json del botón Exportar, de este u otro dispositivo.",
    importButton: "Importar",
    imported: {
      text: "Importación: {added}, {updated}.",
      added: { one: "{n} nuevo", other: "{n} nuevos" },
      updated: { one: "{n} actualizado", other: "{n} actualizados" },
    },
    importErrors: {
      none: "Seleccione un archivo para importar",
      "not-json": "El archivo seleccionado no es una exportación de Mis mensajes (no es JSON)",
      "not-ours": "El archivo seleccionado no es una exportación de Mis mensajes",
      damaged: "El archivo seleccionado está dañado o incompleto. No se importó nada",
      notSaved:
        "Este navegador no guardó la importación, así que no se importó nada. Puede que su almacenamiento esté lleno o que bloquee el almacenamiento para este sitio (por ejemplo, en navegación privada)",
    },
    saveFailed:
      "Este navegador no guardó el cambio. Puede que su almacenamiento esté lleno o que bloquee el almacenamiento para este sitio (por ejemplo, en navegación privada). Lo que escribió sigue aquí; puede copiarlo o intentarlo de nuevo.",
    unreadableTitle: "Este mensaje no se puede mostrar",
    unreadableText:
      "Algunos de sus datos no se pueden leer aquí (una fecha desde la que esta página no puede contar, o una entrada dañada), así que no se pueden mostrar sus plazos. Queda en este navegador tal como está.",
    unreadableNoReference: "Ninguna",
    deleteAll: "Borrar todo",
    deleteConfirmTitle: "¿Borrar todos los mensajes?",
    deleteConfirmText:
      "Esto quita todos los mensajes y fechas de este navegador. Exporte primero si quiere guardarlos.",
    deleteConfirm: "Sí, borrar todo",
    cancel: "Cancelar",
    deletedAll: "Se borró todo.",
  },
  widget: {
    errorTitle: "Hay un problema",
    errorPrefix: "Error:",
    chooseTopic: "Elija un tema",
    categoryHelp: {
      hints: {
        "account-inquiry":
          "Una pregunta sobre su saldo, la cuenta de depósito en garantía (escrow), la tasa de interés, el seguro hipotecario o un cheque de reclamo de seguro.",
        "payment-clarification":
          "Una pregunta sobre un pago, un cargo por atraso, el pago automático o su informe de crédito, cuando no informa de un error.",
        "document-request":
          "Necesita una copia de un documento, como un estado de cuenta para liquidar el préstamo, el Formulario 1098 o la liberación del gravamen.",
        hardship:
          "Tiene dificultades para pagar, o hay una venta por ejecución hipotecaria programada, y quiere ayuda, como una modificación del préstamo.",
        escalation: "Ya escribió o llamó y no recibió respuesta, o el problema no se resolvió.",
        "notice-of-error":
          "Le dice al administrador por escrito que cometió un error concreto, como no acreditar un pago. Debe corregirlo o explicarle por escrito por qué no hubo error (12 CFR 1024.35(e)(1)(i)).",
        "request-for-information":
          "Pide por escrito información concreta sobre su préstamo, como quién es el dueño. El administrador debe enviarla o decirle por escrito que no la tiene disponible (12 CFR 1024.36(d)(1)).",
        security:
          "Un mensaje sospechoso, perdió el acceso a su cuenta en línea o un posible fraude.",
        general:
          "Cualquier otra cosa, como actualizar sus datos de contacto o pedir ayuda con el idioma.",
      },
      notSure: "¿No sabe cuál elegir?",
      questions: {
        goal: "¿Qué quiere hacer?",
        information: "¿Qué necesita?",
        question: "¿Sobre qué es su pregunta?",
      },
      answers: {
        goal: {
          mistake: "Decirle al administrador que cometió un error en mi cuenta",
          information: "Obtener un documento o información sobre mi préstamo",
          "trouble-paying": "Pedir ayuda porque tengo dificultades para pagar",
          "follow-up": "Dar seguimiento a algo que ya informé",
          security: "Informar de un mensaje sospechoso, un fraude o un acceso perdido",
          question: "Hacer una pregunta sobre mi cuenta o un pago",
          other: "Otra cosa",
        },
        information: {
          document:
            "Una copia de un documento, como un estado de cuenta para liquidar el préstamo o el Formulario 1098",
          records:
            "Otra información, como quién es el dueño de mi préstamo o los registros de mi cuenta",
        },
        question: {
          payment: "Un pago, un cargo o el pago automático",
          account:
            "Mi saldo, la cuenta de depósito en garantía, la tasa de interés o el seguro hipotecario",
        },
      },
      picked: "Elegido para usted:",
    },
    messageLang: "Idioma del mensaje",
    messageLangHint:
      "La línea de asunto siempre nombra la categoría en inglés, para que el administrador pueda dirigirla.",
    selected: "Seleccionados:",
    submit: "Continuar",
    startAgain: "Empezar de nuevo",
    cleared: "El formulario está vacío.",
    maskIt: "Ocultarlo",
    masked: "Oculto. Continúe cuando esté listo.",
    checkTitle: "Revise sus respuestas",
    change: "Cambiar",
    notGiven: "No indicado",
    build: "Crear el mensaje",
    guides: { one: "{n} guía podría responder esto", other: "{n} guías podrían responder esto" },
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
    recordsNote: "Para sus registros: guarde esta página, no la envíe.",
    deadlinesTitle: "Cuándo esperar una respuesta (fechas estimadas)",
    deadlinesNote:
      "Estas fechas son estimadas. El plazo empieza cuando el administrador recibe su mensaje.",
    toneTitle: "Consejos antes de enviar",
    myMessagesNote:
      "Cada mensaje que prepare aquí se guarda en Mis mensajes, solo en este navegador, con los plazos del administrador.",
    myMessagesLink: "Abrir Mis mensajes",
    sentTitle: "Anote que lo envió",
    sentIntro:
      "Mis mensajes contará entonces los plazos del administrador desde el día en que reciba su mensaje.",
    sentSave: "Guardar en Mis mensajes",
    sentSaved: "Guardado en Mis mensajes.",
    sentNotStored:
      "Este navegador no guardó el mensaje, así que no se pudo anotar el envío. Puede que bloquee el almacenamiento para este sitio.",
  },
};

export default es;
