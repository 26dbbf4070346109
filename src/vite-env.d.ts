/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `live` makes live data the default mode (see `npm run dev:live`). */
  readonly VITE_DEFAULT_SOURCE?: string
  /** Snapshot the sample mode serves by default (`recorded` → mocks/data/recorded.json). */
  readonly VITE_SAMPLE_SNAPSHOT?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
