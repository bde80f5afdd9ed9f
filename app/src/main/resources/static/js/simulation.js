// The simulation screen: follows each job's progress (server-sent events), fetches the results once every job has
// ended, and draws the response-time distribution with the 10 and 15 minute marks.
(function () {
  "use strict";

  const COLOURS = ["#1d4f91", "#8e1b13", "#00703c", "#b58105", "#4c2c92", "#505a5f"];

  // Dashed vertical lines at the target minutes.
  const marks = {
    id: "arcsMarks",
    afterDatasetsDraw(chart, args, options) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      const context = chart.ctx;
      (options.minutes || []).forEach((minutes, i) => {
        const position = x.getPixelForValue(minutes);
        context.save();
        context.strokeStyle = "#505a5f";
        context.setLineDash([5, 4]);
        context.beginPath();
        context.moveTo(position, area.top);
        context.lineTo(position, area.bottom);
        context.stroke();
        context.fillStyle = "#505a5f";
        context.fillText(minutes + " min", position + 4, area.top + 12 + 14 * i);
        context.restore();
      });
    }
  };

  function drawDistribution() {
    const canvas = document.getElementById("cdf-chart");
    if (!canvas || !window.Chart || Chart.getChart(canvas)) {
      return;
    }
    const cdf = JSON.parse(canvas.dataset.cdf);
    new Chart(canvas, {
      type: "line",
      data: {
        datasets: cdf.series.map((series, i) => ({
          label: series.label,
          data: series.points.map((p) => ({ x: p.x, y: p.y * 100 })),
          borderColor: COLOURS[i % COLOURS.length],
          backgroundColor: COLOURS[i % COLOURS.length],
          pointRadius: 0,
          tension: 0.1
        }))
      },
      options: {
        animation: false,
        parsing: false,
        maintainAspectRatio: false,
        scales: {
          x: { type: "linear", min: 0, max: 120, title: { display: true, text: "minutes from the call to the first car" } },
          y: { min: 0, max: 100, title: { display: true, text: "% of calls answered within" } }
        },
        plugins: { legend: { position: "bottom" }, arcsMarks: { minutes: cdf.marks } }
      },
      plugins: [marks]
    });
  }

  function follow(run) {
    const jobs = Array.from(run.querySelectorAll("li.job"));
    const done = new Map(jobs.map((job) => [job.dataset.job, Number(job.dataset.done)]));
    const total = jobs.reduce((sum, job) => sum + Number(job.dataset.total), 0);
    const progress = document.getElementById("simulation-progress");
    const text = document.querySelector("#progress-text .done");
    let open = 0;

    function show() {
      const sum = Array.from(done.values()).reduce((a, b) => a + b, 0);
      progress.value = sum;
      text.textContent = String(sum);
    }

    function ended() {
      open -= 1;
      if (open === 0) {
        htmx.ajax("GET", run.dataset.refresh, { target: "#simulation-run", swap: "outerHTML" }).then(drawDistribution);
      }
    }

    jobs.filter((job) => job.dataset.status !== "done" && job.dataset.status !== "failed").forEach((job) => {
      open += 1;
      const source = new EventSource(job.dataset.events);
      const status = job.querySelector(".status");
      source.addEventListener("progress", (event) => {
        const data = JSON.parse(event.data);
        done.set(job.dataset.job, data.replicationsDone);
        status.textContent = data.status;
        show();
      });
      ["done", "failed"].forEach((name) => source.addEventListener(name, () => {
        source.close();
        done.set(job.dataset.job, Number(job.dataset.total));
        status.textContent = name;
        show();
        ended();
      }));
    });
    if (open === 0 && total > 0) {
      drawDistribution();
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const run = document.getElementById("simulation-run");
    if (run && run.dataset.finished !== "true") {
      follow(run);
    } else {
      drawDistribution();
    }
  });
})();
