/// <reference types="vite/client" />

/** A language catalogue's sign-in messages or all the others (vite.config.ts, catalogueParts). */
declare module '*?part=shell' {
  const messages: Partial<import('../i18n/catalogues.ts').Catalogue>;
  export default messages;
}
declare module '*?part=rest' {
  const messages: Partial<import('../i18n/catalogues.ts').Catalogue>;
  export default messages;
}
