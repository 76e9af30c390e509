// Type declarations for the xhs-explainer embed (embed.js): the <xhs-explainer> element, its
// events, and the one global, window.XhsExplainer. See docs/embedding.md, "For developers".

/** Every option is optional; a bad value logs one console warning naming the allowed values and
 *  the default (or, in update(), the current value) is used. */
export interface XhsExplainerOptions {
  /** Any BCP 47 tag of English or Chinese: "en", "en-GB", "zh", "zh-CN", "zh-Hans". Default "en". */
  lang?: string | null;
  theme?: "auto" | "light" | "dark" | null;
  section?: "overview" | "timeline" | "numbers" | "platforms" | "voices" | "clock" | "sources" | null;
  /** 1–16 of a-z 0-9 -: keeps this instance's filters in the URL hash under this key. */
  hashKey?: string | null;
  /** A starting filter in the URL hash's compact form, for example "t=surge;p=lemon8". */
  filter?: string | null;
  /** A starting search text. */
  search?: string | null;
}

export interface XhsExplainerHandle {
  readonly element: Element;
  /** Resolves with the handle once the widget is mounted; rejects if the wasm cannot load. */
  readonly ready: Promise<XhsExplainerHandle>;
  /** Changes the live widget; a missing or null field keeps its current value. */
  update(options: XhsExplainerOptions): void;
  /** Removes the widget and frees its memory; the element's fallback content shows again. */
  destroy(): void;
}

export interface XhsExplainerApi {
  /** Mounts into an element, or the first match of a CSS selector (throws if none matches). */
  mount(target: Element | string, options?: XhsExplainerOptions): XhsExplainerHandle;
  /** Resolves once the wasm is loaded; rejects if it cannot be. */
  whenReady(): Promise<void>;
  /** Mounts every [data-xhs-explainer] placeholder not yet mounted. */
  mountAll(): Promise<number | void>;
}

export interface XhsCounts {
  shown: number;
  total: number;
}

export interface XhsExplainerEventMap {
  "xhs-ready": CustomEvent<Record<string, never>>;
  "xhs-filterchange": CustomEvent<{
    /** The filters in the URL hash's compact form ("" when none). */
    filter: string;
    shown: { events: XhsCounts; figures: XhsCounts; quotes: XhsCounts };
  }>;
  "xhs-sectionchange": CustomEvent<{ section: NonNullable<XhsExplainerOptions["section"]> }>;
  "xhs-langchange": CustomEvent<{ lang: "en" | "zh-Hans" }>;
  "xhs-error": CustomEvent<{ what: "load" | "mount" | "panic"; message: string }>;
}

export interface XhsExplainerElement extends HTMLElement {
  addEventListener<K extends keyof XhsExplainerEventMap>(
    type: K,
    listener: (this: XhsExplainerElement, ev: XhsExplainerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface Window {
    XhsExplainer: XhsExplainerApi;
  }
  interface HTMLElementTagNameMap {
    "xhs-explainer": XhsExplainerElement;
  }
  interface DocumentEventMap extends XhsExplainerEventMap {}
}
