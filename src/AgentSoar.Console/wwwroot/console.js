// Keeps server-rendered pages live and carries what people do on them. It speaks the SignalR JSON protocol over
// one WebSocket to the incidents hub by hand (small enough that there is no JavaScript build): changes pushed by
// the hub make the page fetch itself again and swap its <main> in place; the chat box and the approval cards
// invoke hub methods, which run as the signed-in user under the same role checks as the REST API.
(() => {
  const RS = "\u001e";
  const live = () => document.querySelector("[data-live]");
  if (!live()) return;

  // ---- the hub connection ----
  let socket = null;
  let ready = false;
  let nextInvocation = 1;
  const waiting = new Map();

  const invoke = (target, ...args) => new Promise((resolve, reject) => {
    if (!socket || !ready) {
      reject(new Error("Not connected to the console right now; try again in a moment."));
      return;
    }
    const invocationId = String(nextInvocation++);
    waiting.set(invocationId, { resolve, reject });
    socket.send(JSON.stringify({ type: 1, invocationId, target, arguments: args }) + RS);
  });
  // For scripts and tests: the same calls the page's buttons make, refused the same way.
  window.agentsoar = { invoke };

  const concerns = (change) => {
    const scope = live()?.dataset.live;
    return scope === "all" || scope === change.incidentId;
  };

  let delay = 1000;
  const connect = () => {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(`${scheme}//${location.host}/hubs/incidents`);
    let ping = null;
    socket.onopen = () => {
      socket.send(JSON.stringify({ protocol: "json", version: 1 }) + RS);
      // The hub drops a client it has not heard from in 30 s.
      ping = setInterval(() => socket.send(JSON.stringify({ type: 6 }) + RS), 15000);
      delay = 1000;
    };
    socket.onmessage = (event) => {
      for (const frame of String(event.data).split(RS)) {
        if (!frame) continue;
        const message = JSON.parse(frame);
        if (!ready && message.type === undefined) {
          // The handshake's answer: from here on the hub takes calls.
          ready = !message.error;
          document.body.classList.toggle("live-off", !ready);
          document.body.dataset.liveConnected = String(ready);
          continue;
        }
        if (message.type === 1 && message.target === "change" && concerns(message.arguments[0])) refresh();
        if (message.type === 3 && waiting.has(message.invocationId)) {
          const { resolve, reject } = waiting.get(message.invocationId);
          waiting.delete(message.invocationId);
          if (message.error) reject(new Error(message.error)); else resolve(message.result);
          // The hub refuses every call of a connection whose account changed: a new one carries the account as it is now.
          if (message.error?.includes("account changed")) socket.close();
        }
        if (message.type === 7) socket.close();
      }
    };
    socket.onclose = () => {
      clearInterval(ping);
      ready = false;
      for (const { reject } of waiting.values()) reject(new Error("The connection to the console dropped; check the room before trying again."));
      waiting.clear();
      document.body.dataset.liveConnected = "false";
      document.body.classList.add("live-off");
      // Missed changes are caught up by re-reading the page once back.
      setTimeout(() => { connect(); refresh(); }, delay);
      delay = Math.min(delay * 2, 30000);
    };
  };

  // ---- re-rendering in place, keeping what the user was typing ----
  const replies = new Map();
  let refreshTimer = null;
  const refresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(async () => {
      const response = await fetch(location.href, { credentials: "same-origin" });
      if (!response.ok || response.redirected) return;
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = html.querySelector("main");
      if (!fresh) return;
      const kept = new Map([...document.querySelectorAll("[data-keep]")].map((e) => [e.dataset.keep, e.value]));
      const focused = document.activeElement?.dataset?.keep;
      document.querySelector("main").replaceChildren(...fresh.childNodes);
      for (const element of document.querySelectorAll("[data-keep]")) {
        if (kept.has(element.dataset.keep)) element.value = kept.get(element.dataset.keep);
        if (element.dataset.keep === focused) element.focus();
      }
      for (const [key, reply] of replies) {
        const output = formOf(key)?.querySelector("output");
        if (output) show(output, reply);
      }
      for (const key of busy) setBusy(key, true);
      tick();
      document.dispatchEvent(new CustomEvent("agentsoar:refreshed"));
    }, 250);
  };

  const show = (output, reply) => {
    output.textContent = reply.text;
    output.classList.toggle("error", !reply.ok);
  };

  // ---- what people do: the chat box, the approval cards, the proposals ----
  // A form is found again by its key after every await: the page may have been redrawn meanwhile, and the
  // answer belongs in the form on the page now (or, once the card is decided, in its reply holder). Its buttons stay
  // disabled, across redraws, until the answer.
  const formOf = (key) =>
    document.querySelector(`form[data-chat="${key}"], form[data-decide="${key}"], form[data-plan="${key}"], [data-replied="${key}"]`);
  const busy = new Set();
  const setBusy = (key, on) => formOf(key)?.querySelectorAll("button").forEach((b) => { b.disabled = on; });
  const send = async (key, call) => {
    if (busy.has(key)) return null;
    busy.add(key);
    setBusy(key, true);
    let reply;
    try {
      reply = await call();
    } catch (error) {
      // A refused hub call (for example a role that may not decide) arrives here.
      reply = { ok: false, text: error.message };
    }
    busy.delete(key);
    setBusy(key, false);
    replies.set(key, reply);
    const output = formOf(key)?.querySelector("output");
    if (output) show(output, reply);
    if (reply.ok) refresh();
    return reply;
  };

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.matches("form[data-chat]")) {
      event.preventDefault();
      const input = form.elements.text;
      const text = input.value.trim();
      if (!text) return;
      const key = form.dataset.chat;
      send(key, () => invoke("Say", key, text)).then((reply) => {
        const current = formOf(key)?.elements.text;
        if (reply?.ok && current && current.value.trim() === text) current.value = "";
      });
    }
    if (form.matches("form[data-plan]")) {
      event.preventDefault();
      const run = event.submitter?.value !== "false";
      const reason = form.elements.reason?.value.trim() || null;
      send(form.dataset.plan, () => invoke("DecidePlan", form.dataset.plan, run, reason));
    }
    if (form.matches("form[data-decide]")) {
      event.preventDefault();
      const approve = event.submitter?.value !== "false";
      decide(form, approve);
    }
  });

  const decide = (form, approve) => {
    const reason = form.elements.reason?.value.trim() || null;
    const answer = form.elements.answer?.value.trim() || null;
    if (!approve && !reason && form.dataset.question !== "yes_no") {
      show(form.querySelector("output"), { ok: false, text: "Say why you reject it: the reason goes in the audit trail." });
      form.elements.reason?.focus();
      return;
    }
    send(form.dataset.decide, () =>
      invoke("Decide", form.dataset.decide, approve, form.dataset.hash, reason ?? (approve ? null : "answered no"), answer));
  };

  // Enter in the reason box rejects: the form's first button is Approve, and Enter must never approve by accident.
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.isComposing && event.target.matches?.("form[data-decide] input.reason")) {
      event.preventDefault();
      decide(event.target.form, false);
    }
  });

  // ---- approval countdowns ----
  const tick = () => {
    for (const time of document.querySelectorAll("time[data-expires]")) {
      const left = Math.round((Date.parse(time.dataset.expires) - Date.now()) / 1000);
      if (left <= 0) {
        time.textContent = "0:00";
        time.closest(".approval")?.classList.add("expired");
        continue;
      }
      const h = Math.floor(left / 3600);
      const m = Math.floor((left % 3600) / 60);
      const s = String(left % 60).padStart(2, "0");
      time.textContent = h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
    }
  };
  setInterval(tick, 1000);
  tick();

  // ---- keyboard: a approve, r reject, n next incident, / chat, j/k and Enter in the list, ? help ----
  let armed = null;
  // Approvals of an action or a yes/no question: a choice or free-text answer is never given by a key.
  const firstCard = () => document.querySelector("form[data-decide]:not([data-question='choice']):not([data-question='text'])");
  const shortcuts = {
    a: () => {
      const form = firstCard();
      if (!form) return;
      // Two presses: the first shows which card, the second approves it.
      if (armed === form.dataset.decide) {
        armed = null;
        decide(form, true);
        return;
      }
      armed = form.dataset.decide;
      form.closest(".approval").scrollIntoView({ block: "center" });
      show(form.querySelector("output"), { ok: true, text: "Press a again to approve this one." });
      setTimeout(() => { if (armed === form.dataset.decide) armed = null; }, 4000);
    },
    r: () => {
      const form = firstCard();
      if (!form) return;
      form.closest(".approval").scrollIntoView({ block: "center" });
      form.elements.reason?.focus();
      show(form.querySelector("output"), { ok: true, text: "Type the reason, then Enter to reject." });
    },
    n: () => document.querySelector("a[data-shortcut='n']")?.click(),
    "/": () => document.querySelector("form[data-chat] input")?.focus(),
    j: () => move(1),
    k: () => move(-1),
    Enter: () => document.querySelector("tr.selected a")?.click(),
    "?": () => document.querySelector(".shortcuts")?.toggleAttribute("hidden"),
  };
  const move = (step) => {
    const rows = [...document.querySelectorAll("tr[data-incident]")];
    if (rows.length === 0) return;
    const at = rows.findIndex((r) => r.classList.contains("selected"));
    rows.forEach((r) => r.classList.remove("selected"));
    const row = rows[Math.min(Math.max(at + step, 0), rows.length - 1)];
    row.classList.add("selected");
    row.scrollIntoView({ block: "nearest" });
  };
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest?.("input, textarea, select")) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    // Enter on a focused link or button is the browser's: it follows or presses it.
    if (event.key === "Enter" && event.target !== document.body) return;
    const action = shortcuts[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  connect();
})();
