// Keeps server-rendered pages live: listens on the incidents hub (the SignalR JSON protocol over a
// WebSocket, small enough to speak by hand, so there is no JavaScript build) and, when a change
// concerns this page, fetches the page again and swaps its <main> in place.
(() => {
  const RS = "\u001e";
  const live = () => document.querySelector("[data-live]");
  if (!live()) return;

  let refreshTimer = null;
  const refresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(async () => {
      const response = await fetch(location.href, { credentials: "same-origin" });
      if (!response.ok || response.redirected) return;
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = html.querySelector("main");
      if (fresh) document.querySelector("main").replaceChildren(...fresh.childNodes);
      document.dispatchEvent(new CustomEvent("agentsoar:refreshed"));
    }, 250);
  };

  const concerns = (change) => {
    const scope = live()?.dataset.live;
    return scope === "all" || scope === change.incidentId;
  };

  let delay = 1000;
  const connect = () => {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(`${scheme}//${location.host}/hubs/incidents`);
    let ping = null;
    socket.onopen = () => {
      socket.send(JSON.stringify({ protocol: "json", version: 1 }) + RS);
      // The hub drops a client it has not heard from in 30 s.
      ping = setInterval(() => socket.send(JSON.stringify({ type: 6 }) + RS), 15000);
      delay = 1000;
      document.body.classList.remove("live-off");
      document.body.dataset.liveConnected = "true";
    };
    socket.onmessage = (event) => {
      for (const frame of String(event.data).split(RS)) {
        if (!frame) continue;
        const message = JSON.parse(frame);
        if (message.type === 1 && message.target === "change" && concerns(message.arguments[0])) refresh();
        if (message.type === 7) socket.close();
      }
    };
    socket.onclose = () => {
      clearInterval(ping);
      document.body.dataset.liveConnected = "false";
      document.body.classList.add("live-off");
      // Missed changes are caught up by re-reading the page once back.
      setTimeout(() => { connect(); refresh(); }, delay);
      delay = Math.min(delay * 2, 30000);
    };
  };
  connect();
})();
