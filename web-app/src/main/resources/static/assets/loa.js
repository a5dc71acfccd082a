// Loa — the one small script of the pages: everything works without it. It asks before a
// withdrawal, moves the focus to a form's problem so a screen reader announces it, and gives the
// sign-out form the gateway's CSRF token from its cookie when the page was rendered without it.
document.addEventListener("submit", (event) => {
  const form = event.target;
  const text = form.getAttribute("data-confirm");
  if (text && !window.confirm(text)) {
    event.preventDefault();
    return;
  }
  if (form.classList.contains("signout")) {
    const field = form.querySelector("input[name=_csrf]");
    const cookie = document.cookie.split("; ").find((c) => c.startsWith("XSRF-TOKEN="));
    if (field && !field.value && cookie) {
      field.value = decodeURIComponent(cookie.substring("XSRF-TOKEN=".length));
    }
  }
});
document.addEventListener("DOMContentLoaded", () => {
  const problem = document.getElementById("form-problem");
  if (problem) {
    problem.focus();
  }
});
