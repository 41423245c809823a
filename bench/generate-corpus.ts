// Writes a synthetic help-center corpus: `guides` MDX guides, half English and half Spanish
// (translated pairs sharing a slug, so every guide is one page), a few FAQs and the real servicer
// profile. Text is drawn from word lists with a long-tailed (Zipf) distribution plus invented place
// names, so Pagefind indexes a realistic vocabulary rather than a handful of words.
//
//   deno run -A bench/generate-corpus.ts <dir> <guides> [mdx|md]
import { categoryIds } from "../src/inquiry/categories.ts";
import { topicIds } from "../src/kb/topics.ts";

const english = `
the a to of and your you for is in that it on be with as this if or can by at from will are
not have may an ask must has any more when what how about than each other they their its
mortgage loan servicer payment payments escrow account balance principal interest statement payoff
insurance tax taxes property homeowner borrower lender fee fees charge late notice error request
information letter email phone record records copy copies date deadline days business month monthly
year annual analysis shortage surplus refund check bank transfer deposit amount total due owed paid
pay paying sent send receive received written writing deed title closing sale refinance hardship
forbearance modification foreclosure assistance option options plan review decision appeal complaint
escalation bureau consumer protection rule regulation section federal state county city servicing
transfer new old address name number signature form 1098 mailed online portal secure password
identity fraud scam suspicious protect privacy answer question help support office hours call
agent representative supervisor manager department case file document documents proof receipt
history schedule adjustable rate index margin cap change changes increase decrease credit report
reporting dispute correct correction mistake investigate investigation response respond reply
acknowledge acknowledgement extension period calendar holiday weekend estimate estimated expect
keep keeping save saved print printed mail certified return tracking delivery confirm confirmation
explain explanation reason reasons detail details summary clear plain simple careful important
tip warning note first second third next last before after during within until since while because
usually often sometimes always never only also still even again already soon later today
home house family owner owners buyer seller agent attorney counselor housing agency approved
free cost costs budget income expenses job loss illness divorce disaster repair repairs damage claim
hazard flood wind policy premium coverage lapse force placed renewal bill bills collector assessor
`;

const spanish = `
el la los las de del y en que un una su sus para por con es se no al lo como más pero si o
hipoteca préstamo administrador pago pagos cuenta saldo capital interés intereses estado liquidación
seguro impuesto impuestos propiedad propietario prestatario prestamista cargo cargos atraso aviso
error solicitud información carta correo teléfono registro registros copia copias fecha plazo días
hábiles mes mensual año anual análisis déficit excedente reembolso cheque banco transferencia monto
total debido pagado pagar enviar recibir escrito escritura título cierre venta refinanciamiento
dificultad indulgencia modificación ejecución hipotecaria ayuda opción opciones plan revisión
decisión apelación queja escalamiento oficina consumidor protección regla reglamento sección federal
estatal condado ciudad nuevo dirección nombre número firma formulario portal seguro contraseña
identidad fraude estafa sospechoso privacidad respuesta pregunta apoyo horario llamar agente
representante supervisor departamento caso documento documentos prueba recibo historial tasa
ajustable índice margen límite cambio aumento disminución crédito informe disputa corregir
corrección investigar investigación responder extensión período calendario feriado estimado guardar
imprimir certificado devolución confirmar explicar razón detalle resumen claro sencillo importante
consejo advertencia nota primero segundo siguiente último antes después durante dentro hasta
porque normalmente siempre nunca solo también todavía hoy casa familia dueño comprador vendedor
abogado consejero vivienda agencia aprobada gratis costo presupuesto ingresos gastos empleo pérdida
enfermedad divorcio desastre reparación daños reclamo inundación póliza prima cobertura renovación
factura facturas cobrador tasador
`;

const syllables = [
  "har",
  "low",
  "field",
  "river",
  "ton",
  "maple",
  "wood",
  "brook",
  "stone",
  "glen",
  "ash",
  "ford",
  "cedar",
  "vale",
  "mont",
  "clair",
  "port",
  "land",
  "bell",
  "haven",
  "crest",
  "dale",
  "fair",
  "view",
  "oak",
  "ridge",
  "spring",
  "wick",
  "bury",
  "lake",
  "mill",
  "north",
  "san",
  "villa",
  "rio",
  "mar",
  "sol",
  "alta",
];

/** A small seeded PRNG (mulberry32), so every run writes the same corpus. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = "en" | "es";

/** Invented place names give the index a long tail of rare words, as real content has. */
const places = Array.from({ length: 3000 }, (_, i) => {
  const r = prng(i + 1);
  const parts = 2 + Math.floor(r() * 2);
  return Array.from({ length: parts }, () => syllables[Math.floor(r() * syllables.length)]).join(
    "",
  );
});

/** Each language's words with cumulative Zipf weights (the k-th word has weight 1/k). */
const vocabulary = Object.fromEntries((["en", "es"] as const).map((lang) => {
  const words = (lang === "en" ? english : spanish).trim().split(/\s+/);
  let sum = 0;
  const cumulative = words.map((_, k) => (sum += 1 / (k + 1)));
  return [lang, { words, cumulative, total: sum }];
})) as Record<Lang, { words: string[]; cumulative: number[]; total: number }>;

function writer(lang: Lang, random: () => number) {
  const { words, cumulative, total: totalWeight } = vocabulary[lang];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const word = () => {
    if (random() < 0.02) return pick(places);
    const target = random() * totalWeight;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
  const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
  const phrase = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word).join(" ");
  const sentence = () => `${capital(phrase(8, 18))}.`;
  const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 4) }, sentence).join(" ");
  // Topic-flavoured words (from the top of the list's content part) make titles readable.
  const keyword = () => words[40 + Math.floor(random() * 120)];
  return { word, pick, capital, phrase, sentence, paragraph, keyword };
}

const deadlineRules = ["acknowledgement", "notice-of-error", "payoff-statement", "loan-owner"];

/** MDX with the site's components, or plain Markdown holding the same text without them. */
export type GuideFormat = "mdx" | "md";

function guide(lang: Lang, n: number, format: GuideFormat): string {
  const random = prng(n * 2 + (lang === "en" ? 0 : 1));
  const w = writer(lang, random);
  const title = `${w.capital(w.keyword())} ${w.keyword()} and ${w.keyword()} ${n}`.slice(0, 80);
  const sections = 4 + Math.floor(random() * 3);
  const body: string[] = [w.paragraph()];
  for (let s = 0; s < sections; s++) {
    body.push(`## ${w.capital(w.phrase(2, 5))}`, w.paragraph());
    const extra = random();
    if (extra < 0.25) {
      body.push(
        Array.from({ length: 3 + Math.floor(random() * 3) }, () => `- ${w.phrase(4, 10)}`)
          .join("\n"),
      );
    } else if (extra < 0.4) {
      const steps = Array.from(
        { length: 3 + Math.floor(random() * 3) },
        (_, i) => `${i + 1}. ${w.sentence()}`,
      );
      body.push(...(format === "mdx" ? ["<Steps>", steps.join("\n"), "</Steps>"] : steps));
    } else if (extra < 0.5) {
      const tip = `${w.sentence()} ${w.sentence()}`;
      body.push(format === "mdx" ? `<Callout type="tip">\n  ${tip}\n</Callout>` : `> ${tip}`);
    } else if (extra < 0.55) {
      const rule = w.pick(deadlineRules);
      body.push(
        format === "mdx" ? `<Deadline rule="${rule}" />` : `**${w.capital(w.phrase(4, 8))}.**`,
      );
    }
    if (random() < 0.5) body.push(w.paragraph());
  }
  const category = w.pick(categoryIds);
  const link = w.capital(w.phrase(3, 6));
  body.push(
    format === "mdx"
      ? `<ContactLink category="${category}">${link}</ContactLink>`
      : `[${link}](/contact/?category=${category})`,
  );
  const frontmatter = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(w.sentence().slice(0, 190))}`,
    `answer: ${JSON.stringify(`${w.sentence()} ${w.sentence()}`.slice(0, 290))}`,
    `topic: ${w.pick(topicIds)}`,
    `category: ${category}`,
    `lastReviewed: 2026-${String(1 + (n % 11)).padStart(2, "0")}-15`,
    `order: ${n}`,
    "sources:",
    "  - title: Regulation X, servicing rules",
    "    citation: 12 CFR 1024.35",
    "    url: https://www.consumerfinance.gov/rules-policy/regulations/1024/35/",
    "related: []",
    "---",
  ];
  return `${frontmatter.join("\n")}\n\n${body.join("\n\n")}\n`;
}

function faq(lang: Lang, n: number, guideSlug: string): string {
  const w = writer(lang, prng(100_000 + n * 2 + (lang === "en" ? 0 : 1)));
  return [
    "---",
    `question: ${JSON.stringify(`${w.capital(w.phrase(6, 12))}?`)}`,
    `topic: ${w.pick(topicIds)}`,
    `guide: ${guideSlug}`,
    `order: ${n}`,
    `popular: ${n < 4}`,
    "---",
    "",
    w.paragraph(),
    "",
  ].join("\n");
}

export const slugFor = (n: number) => `synthetic-guide-${String(n).padStart(5, "0")}`;

/** Writes the corpus into `dir` (emptied first) and returns the number of guide files written. */
export async function generateCorpus(
  dir: string,
  guides: number,
  format: GuideFormat = "mdx",
): Promise<number> {
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  const pairs = Math.ceil(guides / 2);
  for (const lang of ["en", "es"] as const) {
    await Deno.mkdir(`${dir}/guides/${lang}`, { recursive: true });
    await Deno.mkdir(`${dir}/faqs/${lang}`, { recursive: true });
    for (let n = 1; n <= pairs; n++) {
      await Deno.writeTextFile(
        `${dir}/guides/${lang}/${slugFor(n)}.${format}`,
        guide(lang, n, format),
      );
    }
    for (let n = 1; n <= Math.min(8, pairs); n++) {
      await Deno.writeTextFile(
        `${dir}/faqs/${lang}/synthetic-faq-${n}.md`,
        faq(lang, n, slugFor(n)),
      );
    }
  }
  const profile = new URL("../content/servicer-profile.yaml", import.meta.url);
  await Deno.copyFile(profile, `${dir}/servicer-profile.yaml`);
  // The files the profile names (favicon, logos) are paths beside it.
  await copyFolder(new URL("../content/brand/", import.meta.url), `${dir}/brand`);
  return pairs * 2;
}

async function copyFolder(from: URL, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.isFile) await Deno.copyFile(new URL(entry.name, from), `${to}/${entry.name}`);
  }
}

if (import.meta.main) {
  const [dir, count, format = "mdx"] = Deno.args;
  if (!dir || !Number(count) || (format !== "mdx" && format !== "md")) {
    console.error("usage: deno run -A bench/generate-corpus.ts <dir> <guides> [mdx|md]");
    Deno.exit(2);
  }
  console.log(`wrote ${await generateCorpus(dir, Number(count), format)} guides to ${dir}`);
}
