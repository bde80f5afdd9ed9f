// The dashboard: the timeline and its player, and the chart of stepped back, available and required with a line
// at the instant shown. The server draws every figure; this file only moves the instant and draws the chart.
(function () {
  "use strict";

  const MINUTE = 60000;
  const TICK_MS = 1000;

  let chart = null;
  let playing = false;
  let loading = null;

  function timeline() {
    return document.getElementById("timeline");
  }

  function range() {
    return document.getElementById("timeline-range");
  }

  function shownAt() {
    const picture = document.getElementById("picture");
    return picture ? Date.parse(picture.dataset.at) : NaN;
  }

  function label(minute) {
    return new Date(minute * MINUTE).toLocaleString("en-GB", {
      timeZone: timeline().dataset.zone, weekday: "short", day: "numeric", month: "short", year: "numeric",
      hour: "2-digit", minute: "2-digit"
    });
  }

  // The page's own address follows the instant, so a reload or a shared link shows the same moment.
  function remember(iso) {
    const url = new URL(window.location.href);
    url.searchParams.set("at", iso);
    const line = timeline();
    if (line.dataset.fromParam && line.dataset.toParam) {
      url.searchParams.set("from", line.dataset.fromParam);
      url.searchParams.set("to", line.dataset.toParam);
    }
    window.history.replaceState(null, "", url);
  }

  // Shows the picture at the given minute; resolves once it is on the page.
  function show(minute) {
    const line = timeline();
    const iso = new Date(minute * MINUTE).toISOString();
    const params = new URLSearchParams({ force: line.dataset.force, at: iso });
    if (line.dataset.known) {
      params.set("known", line.dataset.known);
    }
    if (line.dataset.knownAt) {
      params.set("knownAt", line.dataset.knownAt);
    }
    remember(iso);
    const input = document.getElementById("at-input");
    if (input) {
      input.value = new Date(minute * MINUTE).toLocaleString("sv-SE", { timeZone: line.dataset.zone })
        .slice(0, 16).replace(" ", "T");
    }
    loading = window.htmx.ajax("GET", line.dataset.picture + "?" + params.toString(),
      { target: "#picture", swap: "outerHTML" });
    return loading;
  }

  function setPlaying(on) {
    playing = on;
    const button = document.getElementById("play");
    button.textContent = on ? "Pause" : "Play";
    button.setAttribute("aria-pressed", on ? "true" : "false");
    if (on) {
      step();
    }
  }

  function step() {
    if (!playing) {
      return;
    }
    const slider = range();
    const speed = Number(document.getElementById("speed").value);
    const next = Math.min(Number(slider.value) + speed, Number(slider.max));
    slider.value = String(next);
    document.getElementById("timeline-label").textContent = label(next);
    const started = Date.now();
    show(next).then(() => {
      if (next >= Number(slider.max)) {
        setPlaying(false);
        return;
      }
      window.setTimeout(step, Math.max(0, TICK_MS - (Date.now() - started)));
    }, () => setPlaying(false));
  }

  function wireTimeline() {
    const slider = range();
    if (!slider || slider.dataset.wired) {
      return;
    }
    slider.dataset.wired = "true";
    document.getElementById("timeline-label").textContent = label(Number(slider.value));
    slider.addEventListener("input", () => {
      document.getElementById("timeline-label").textContent = label(Number(slider.value));
    });
    slider.addEventListener("change", () => {
      setPlaying(false);
      show(Number(slider.value));
    });
    document.getElementById("play").addEventListener("click", () => {
      if (!playing && Number(slider.value) >= Number(slider.max)) {
        slider.value = slider.min;
      }
      setPlaying(!playing);
    });
  }

  // A vertical line at the instant the picture shows.
  const instantLine = {
    id: "arcsInstant",
    afterDatasetsDraw(drawn) {
      const data = JSON.parse(drawn.canvas.dataset.chart);
      const at = shownAt();
      let index = -1;
      data.at.forEach((instant, i) => {
        if (Date.parse(instant) <= at) {
          index = i;
        }
      });
      if (index < 0) {
        return;
      }
      const x = drawn.scales.x.getPixelForValue(index);
      const area = drawn.chartArea;
      const context = drawn.ctx;
      context.save();
      context.strokeStyle = "#0b0c0c";
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(x, area.top);
      context.lineTo(x, area.bottom);
      context.stroke();
      context.restore();
    }
  };

  function drawChart() {
    const canvas = document.getElementById("capability-chart");
    if (!canvas || !window.Chart || Chart.getChart(canvas)) {
      return;
    }
    const data = JSON.parse(canvas.dataset.chart);
    if (chart) {
      chart.destroy();
    }
    const line = (name, values, colour, dashed) => ({
      label: name, data: values, borderColor: colour, backgroundColor: colour, pointRadius: 0, borderWidth: 2,
      borderDash: dashed ? [6, 4] : [], stepped: true
    });
    chart = new Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: [
          line("Stepped back", data.steppedBack, "#8e1b13", false),
          line("ARV officers available", data.arvAvailable, "#1d4f91", false),
          line("ARV officers required", data.arvRequired, "#1d4f91", true),
          line("CTSFOs available", data.ctAvailable, "#00703c", false),
          line("CTSFOs required", data.ctRequired, "#00703c", true)
        ]
      },
      options: {
        animation: false, maintainAspectRatio: false, interaction: { mode: "index", intersect: false },
        scales: { x: { ticks: { maxTicksLimit: 10 } }, y: { beginAtZero: true, title: { display: true, text: "officers" } } }
      },
      plugins: [instantLine]
    });
  }

  document.addEventListener("DOMContentLoaded", wireTimeline);
  document.addEventListener("htmx:afterSettle", (event) => {
    if (event.target.id === "chart" || event.target.querySelector && event.target.querySelector("#capability-chart")) {
      drawChart();
    }
    if (chart && chart.canvas.isConnected) {
      chart.update("none");
    }
  });
})();
