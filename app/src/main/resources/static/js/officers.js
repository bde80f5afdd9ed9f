// The officers screen. No inline scripts: this file is loaded by the pages that need it.

// A change form shows only the fields its type uses; hidden fields are disabled so they are not sent.
function showFieldsFor(form) {
  const select = form.querySelector('select[name="type"]');
  if (!select) {
    return;
  }
  form.querySelectorAll("[data-for-types]").forEach((label) => {
    const used = label.dataset.forTypes.split(" ").includes(select.value);
    label.hidden = !used;
    label.querySelectorAll("input, select").forEach((field) => { field.disabled = !used; });
  });
}

function setUpChangeForms() {
  document.querySelectorAll(".change-fields").forEach((fields) => showFieldsFor(fields));
}

document.addEventListener("change", (event) => {
  const target = event.target;
  if (target.matches('.change-fields select[name="type"]')) {
    showFieldsFor(target.closest(".change-fields"));
  }
  // "Select every officer on this page" ticks the rows on the page; "all matching" overrides both.
  if (target.id === "select-page") {
    document.querySelectorAll('#officer-list input[name="cipher"]').forEach((box) => { box.checked = target.checked; });
  }
  if (target.id === "all-matching") {
    document.querySelectorAll('#officer-list input[name="cipher"], #select-page').forEach((box) => {
      box.disabled = target.checked;
    });
  }
});

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", setUpChangeForms);
} else {
  setUpChangeForms();
}
