// Page behaviour shared by every ARCS screen. No inline scripts: the content security policy allows only
// scripts served by ARCS itself.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
