import type { ProblemWords } from "./en.ts";

/** Lo que el verificador le dice al prestatario que está mal, en español. */
export const es: ProblemWords = {
  problems: {
    tooLong: (name, l) => `${name} debe tener ${l.max} caracteres o menos`,
    realDate: (name) => `${name} debe ser una fecha real`,
    past: (name) => `${name} debe ser hoy o una fecha pasada`,
    future: (name) => `${name} debe ser hoy o una fecha futura`,
    amount: (name) => `${name} debe ser una cantidad en dólares y centavos, como 35.00`,
    positive: (name) => `${name} debe ser mayor que $0`,
    year: (name) => `${name} debe ser un año, como 2025`,
    yearPast: (name) => `${name} debe ser este año o uno anterior`,
    digits: (name, l) => `${name} debe tener de ${l.min} a ${l.max} dígitos`,
    email: () => "Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com",
    phone: () => "Escriba un número de teléfono con el formato correcto, como (555) 555-0100",
    fileType: () => "El archivo seleccionado debe ser PDF, JPG o PNG",
    tooMany: (_name, l) => `Seleccione ${l.max} archivos o menos`,
  },
  sensitive: {
    ssn: {
      advice:
        "Quite su número de Seguro Social. El correo electrónico no es seguro. Dé como máximo los últimos 4 dígitos.",
      what: "un número de Seguro Social",
    },
    card: {
      advice: "Quite el número de tarjeta. El correo electrónico no es seguro.",
      what: "un número de tarjeta",
    },
    routing: {
      advice: "Quite el número de ruta bancaria. Use el portal seguro para los datos bancarios.",
      what: "un número de ruta bancaria",
    },
    account: {
      advice: "Quite el número de cuenta bancaria. Dé como máximo los últimos 4 dígitos.",
      what: "un número de cuenta bancaria",
    },
    password: {
      advice: "Quite la contraseña. Su administrador nunca se la pedirá.",
      what: "una contraseña",
    },
    pin: {
      advice: "Quite el PIN o el código de seguridad. Su administrador nunca se lo pedirá.",
      what: "un PIN o código de seguridad",
    },
  },
  inField: (label, advice) => `${label}: ${advice}`,
  inFileName: (file, what) =>
    `El nombre del archivo “${file}” incluye ${what}. Cambie el nombre del archivo y vuelva a seleccionarlo.`,
};
export default es;
