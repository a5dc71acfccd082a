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
// Live figures: a page part marked data-live listens to the stream it names and, after a change
// to the days it shows, reads the page again and puts in the new figures — at once, and once more when changes came in
// meanwhile; the line #live says when. Without the script the page is as it was when loaded.
document.addEventListener("DOMContentLoaded", () => {
  const part = document.querySelector("[data-live]");
  if (!part || !window.EventSource) {
    return;
  }
  let reading = false;
  let again = false;
  const refresh = async () => {
    reading = true;
    again = false;
    try {
      const answer = await fetch(window.location.href, { headers: { Accept: "text/html" } });
      const fresh = answer.ok
        ? new DOMParser().parseFromString(await answer.text(), "text/html").getElementById(part.id)
        : null;
      if (fresh) {
        part.replaceChildren(...fresh.childNodes);
        const live = document.getElementById("live");
        const asOf = part.querySelector(".asof");
        if (live && asOf) {
          live.textContent = live.dataset.updated + " " + asOf.textContent;
        }
      }
    } finally {
      reading = false;
      if (again) {
        refresh();
      }
    }
  };
  // A change outside the days the page shows (data-from, data-to) leaves its figures as they are.
  const outside = (change) =>
    change.dropped === 0 && change.from && part.dataset.from &&
    (change.from > part.dataset.to || change.to < part.dataset.from);
  new EventSource(part.dataset.live).addEventListener("rolled-up", (event) => {
    if (outside(JSON.parse(event.data))) {
      return;
    }
    if (reading) {
      again = true;
    } else {
      refresh();
    }
  });
});
