// Defines <magnesium-calculator>. Each instance gets an open shadow root with
// the widget's stylesheet adopted (so no inline <style>, which a strict CSP
// would block) and its own Yew app, mounted by the Rust function `mount`.
export function defineElement(mount, css) {
  if (customElements.get('magnesium-calculator')) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);

  class MagnesiumCalculator extends HTMLElement {
    static get observedAttributes() { return ['standard']; }

    connectedCallback() {
      if (this._widget) return;
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      const container = document.createElement('div');
      container.className = 'mc-host';
      root.replaceChildren(container);
      // The position among the page's widgets keys this one's stored inputs.
      const instance = [...document.querySelectorAll('magnesium-calculator')].indexOf(this);
      this._widget = mount(container, this.getAttribute('standard'), Math.max(instance, 0));
    }

    disconnectedCallback() {
      if (this._widget) {
        this._widget.destroy();
        this._widget = null;
      }
    }

    attributeChangedCallback() {
      if (this._widget) this._widget.update(this.getAttribute('standard'));
    }
  }
  customElements.define('magnesium-calculator', MagnesiumCalculator);
}
