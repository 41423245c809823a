/** English UI strings: the shape every other language must match. */
export const en = {
  siteName: "Borrower Help Center",
  skipLink: "Skip to main content",
  nav: {
    label: "Main",
    home: "Home",
    guides: "Guides",
    faq: "FAQ",
    contact: "Contact us",
    accessibility: "Accessibility",
  },
  languageSwitch: { label: "Language", other: "Español", otherLang: "es" },
  search: {
    label: "Search the help center",
    siteLabel: "Site search",
    button: "Search",
    placeholder: "For example: when do I get my 1098",
    title: "Search",
    intro: "Search every guide and answer on this site. Results appear as you type.",
    resultsOne: "1 result",
    resultsMany: "{count} results",
    none: "No results for “{query}”. Try fewer or different words, or browse the guides.",
    loading: "Searching…",
    unavailable: "Search could not load. Browse the guides instead.",
    noScript: "Search needs JavaScript. Browse all guides by topic instead.",
  },
  home: {
    title: "Answers about your mortgage",
    lead:
      "Plain-language guides on payments, escrow, payoff, tax forms and your rights when something goes wrong.",
    topics: "Browse by topic",
    popular: "Popular questions",
    contactTitle: "Still need help?",
    contactText:
      "Write a clear, complete message to your servicer in a few steps. We never see or store what you write.",
    contactLink: "Write to your servicer",
  },
  guides: {
    indexTitle: "All guides",
    indexLead: "Every guide, grouped by topic.",
    shortAnswer: "Short answer",
    onThisPage: "On this page",
    lastReviewed: "Last reviewed",
    sources: "Sources",
    related: "Related guides",
    questions: "Questions borrowers ask",
    needHelp: "Still need help?",
    needHelpText:
      "If this guide did not answer your question, write to your servicer. We'll set up the message for you.",
    needHelpLink: "Contact your servicer about this",
    untranslated: "",
  },
  faq: {
    title: "Frequently asked questions",
    lead: "Short answers to what borrowers ask most. Each links to a guide with the full details.",
    readGuide: "Read the guide:",
  },
  contact: {
    title: "Contact your servicer",
    lead:
      "Answer a few questions and we'll build an email or letter with the right subject line and the details your servicer needs.",
    noScript:
      "The message builder needs JavaScript. You can still reach your servicer using the details below.",
    emailHeading: "Email",
    phoneHeading: "Phone",
    hoursHeading: "Hours",
    mailHeading: "Mailing address",
    designatedHeading: "Address for notices of error and information requests",
    designatedText:
      "Send written notices of error (12 CFR 1024.35) and requests for information (12 CFR 1024.36) to this address.",
    portalHeading: "Secure portal",
    portalText: "Send documents and anything sensitive through the secure portal, never by email.",
    tipsHeading: "Tips for a message that gets answered",
    tips: [
      "Use a clear subject line with your loan number and what the message is about.",
      "Give your full name, loan number and property address.",
      "Say what happened and what you want in the first paragraph, with dates and amounts.",
      "List the documents you are including (PDF, JPEG or PNG).",
      "Keep a calm, professional tone.",
      "Keep a copy of everything you send and receive.",
      "If you get no answer, ask for a supervisor and put your concern in writing.",
    ],
    responseTime: "{name} aims to answer within {days} business days.",
  },
  accessibility: {
    title: "Accessibility statement",
    lastAudit: {
      none: "No automated audit has been recorded yet.",
      label: "Last automated audit:",
      page: "{n} page",
      pages: "{n} pages",
      check: "{n} check",
      checks: "{n} checks",
      violation: "{n} violation",
      violations: "{n} violations",
      error: "1 check could not run, so that result is incomplete.",
      errors: "{n} checks could not run, so that result is incomplete.",
      disabled: "Rules that audit did not check, and why:",
    },
  },
  deadline: {
    label: "Deadline",
    business: "{days} business days",
    calendar: "{days} calendar days",
    rule: "Within {period}, your servicer must {what}.",
    businessNote: "Business days do not count Saturdays, Sundays or federal holidays.",
    extension:
      "It may take up to {days} more business days if it tells you in writing, with the reason, before the first deadline.",
    estimate: {
      "request-received":
        "Any date counted from this rule is an estimate: the clock starts when the servicer receives your request.",
      "application-received":
        "Any date counted from this rule is an estimate: the clock starts when the servicer receives your application.",
      "complete-application-received":
        "Any date counted from this rule is an estimate: the clock starts when the servicer has your complete application.",
      "appeal-made":
        "Any date counted from this rule is an estimate: the clock starts when you make your appeal.",
      "transfer-effective":
        "Any date counted from this rule is an estimate: the clock starts on the date the transfer takes effect.",
      "pmi-termination":
        "Any date counted from this rule is an estimate: the clock starts when your mortgage insurance ends.",
      "payoff":
        "Any date counted from this rule is an estimate: the clock starts when your loan is paid off.",
      "escrow-analysis":
        "Any date counted from this rule is an estimate: the clock starts on the date of the escrow analysis.",
      "escrow-year-end":
        "Any date counted from this rule is an estimate: the clock starts when your escrow year ends.",
    },
  },
  callout: { note: "Note", tip: "Tip", warning: "Important" },
  notFound: {
    title: "Page not found",
    text:
      "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.",
    home: "Go to the home page",
    searchHint: "You can also search the help center.",
  },
  footer: {
    fictional:
      "{name} is a fictional example servicer. Its addresses and phone numbers reach no one.",
    privacy:
      "This site sends nothing about you to anyone: no cookies, no analytics. Drafts and your message log stay in your own browser.",
    notLegalAdvice: "These guides explain the rules in plain language. They are not legal advice.",
  },
  dates: { locale: "en-US" },
  widget: {
    errorTitle: "There is a problem",
    errorPrefix: "Error:",
    chooseTopic: "Choose a topic",
    messageLang: "Language of the message",
    messageLangHint:
      "The subject line always names the category in English, so the servicer can route it.",
    langNames: { en: "English", es: "Español" },
    selected: "Selected:",
    submit: "Build the message",
    startAgain: "Start again",
    cleared: "The form is cleared.",
    maskIt: "Mask it",
    masked: "Masked. Build the message again when you are ready.",
    guidesOne: "1 guide might answer this",
    guidesMany: "{count} guides might answer this",
    resultTitle: "Your message is ready",
    letterIntro:
      "Print this letter, sign it and send it by post to the address below. Keep a copy and proof of mailing.",
    emailIntro: "Check the message, then send it from your own email account.",
    to: "To",
    subject: "Subject",
    body: "Message",
    copySubject: "Copy subject",
    copyMessage: "Copy message",
    copied: "Copied",
    copyFailed: "Could not copy. Select the text and copy it yourself.",
    openEmail: "Open in email app",
    tooLong:
      "This message is too long to open in an email app from here. Copy the message or download the .eml file instead.",
    downloadEml: "Download .eml",
    printLetter: "Print letter",
    printMessage: "Print message",
    reminder: "Add reminder (.ics)",
    deadlinesTitle: "When to expect an answer (estimated)",
    deadlinesNote:
      "These dates are estimates. The servicer's clock starts when it receives your message.",
    toneTitle: "Advice before you send",
    logTitle: "Messages made on this device",
    logIntro: "This list stays in this browser only. Nothing is sent anywhere.",
    logEmpty: "No messages yet.",
    logDate: "Date",
    logReference: "Reference",
    logSubject: "Subject",
    logDue: "Answer due (estimated)",
    exportCsv: "Export as CSV",
    exportJson: "Export as JSON",
    deleteLog: "Delete log",
    logDeleted: "The log is deleted.",
  },
};

export type UiStrings = typeof en;
