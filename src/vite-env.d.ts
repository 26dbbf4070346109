/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `live` makes live data the default mode (see `npm run dev:live`). */
  readonly VITE_DEFAULT_SOURCE?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
