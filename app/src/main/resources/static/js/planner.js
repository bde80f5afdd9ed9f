// The planner screen: the best score over time, fed by the plan's score events (server-sent, relayed for the page).
// When a plan that was solving ends, the page reloads to show the roster, the unfilled seats and the explanation.
(function () {
  "use strict";

  function chart(canvas) {
    return new Chart(canvas, {
      type: "line",
      data: {
        datasets: [
          { label: "hard (rules broken)", data: [], yAxisID: "y", borderColor: "#8e1b13", backgroundColor: "#8e1b13",
            stepped: true },
          { label: "medium (unfilled seats by priority)", data: [], yAxisID: "y", borderColor: "#1d4f91",
            backgroundColor: "#1d4f91", stepped: true },
          { label: "soft (preferences)", data: [], yAxisID: "y1", borderColor: "#b58105", backgroundColor: "#b58105",
            stepped: true, borderDash: [4, 3] }
        ]
      },
      options: {
        animation: false,
        parsing: false,
        maintainAspectRatio: false,
        scales: {
          x: { type: "linear", min: 0, title: { display: true, text: "seconds of solving" } },
          y: { title: { display: true, text: "hard and medium score" } },
          y1: { position: "right", grid: { drawOnChartArea: false }, title: { display: true, text: "soft score" } }
        },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  function add(scoreChart, point) {
    const x = point.millis / 1000;
    if (point.hard === undefined) {
      return;
    }
    scoreChart.data.datasets[0].data.push({ x: x, y: point.hard });
    scoreChart.data.datasets[1].data.push({ x: x, y: point.medium });
    scoreChart.data.datasets[2].data.push({ x: x, y: point.soft });
    scoreChart.update();
  }

  document.addEventListener("DOMContentLoaded", () => {
    const progress = document.getElementById("progress");
    const canvas = document.getElementById("score-chart");
    if (!progress || !canvas || !window.Chart) {
      return;
    }
    const scoreChart = chart(canvas);
    const wasSolving = progress.dataset.status === "SOLVING";
    const source = new EventSource(progress.dataset.events);
    // Each connection replays the scores from the start: begin afresh on a reconnection.
    source.addEventListener("open", () => scoreChart.data.datasets.forEach((dataset) => { dataset.data = []; }));
    source.addEventListener("score", (event) => {
      const point = JSON.parse(event.data);
      add(scoreChart, point);
      const best = document.getElementById("best-score");
      if (best) {
        best.textContent = point.score;
      }
    });
    source.addEventListener("end", (event) => {
      source.close();
      const end = JSON.parse(event.data);
      add(scoreChart, end);
      document.getElementById("plan-status").textContent = end.status;
      if (wasSolving) {
        window.location.reload();
      }
    });
    source.addEventListener("error", () => {
      // The plan is gone (the server restarted) or the stream ended: stop retrying.
      if (source.readyState === EventSource.CLOSED || !wasSolving) {
        source.close();
      }
    });
  });
})();
