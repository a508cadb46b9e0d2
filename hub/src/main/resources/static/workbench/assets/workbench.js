// Draws the workbench's charts from data-values (JSON the server wrote into an attribute, so
// nothing here is ever parsed as HTML), on load and after each htmx swap.
(function () {
  function draw(el) {
    if (el.dataset.drawn || typeof echarts === "undefined") return;
    var v = JSON.parse(el.dataset.values);
    var chart = echarts.init(el);
    var kind = el.dataset.chart;
    if (kind === "bars" || kind === "lines") {
      var type = kind === "bars" ? "bar" : "line";
      var scores = function (xs) { return xs.map(function (x) { return x < 0 ? null : x; }); };
      chart.setOption({
        animation: false,
        tooltip: { trigger: "axis" },
        legend: { data: [el.dataset.inflow, el.dataset.outflow] },
        xAxis: { type: "category", data: v.names },
        yAxis: { type: "value", min: 0, max: 100 },
        series: [
          { name: el.dataset.inflow, type: type, data: scores(v.inflow) },
          { name: el.dataset.outflow, type: type, data: scores(v.outflow) }
        ]
      });
    } else if (kind === "matrix") {
      chart.setOption({
        animation: false,
        tooltip: {},
        grid: { left: 8, right: 8, top: 30, bottom: 70, containLabel: true },
        xAxis: { type: "category", data: v.destinations, name: el.dataset.destination, nameLocation: "middle", nameGap: 28 },
        yAxis: { type: "category", data: v.origins, name: el.dataset.origin },
        visualMap: { min: 0, max: Math.max(1, v.max), calculable: true, orient: "horizontal", left: "center", bottom: 0 },
        series: [{ type: "heatmap", data: v.cells, label: { show: true } }]
      });
    }
    el.dataset.drawn = "yes";
  }
  function drawAll(root) {
    (root || document).querySelectorAll("[data-chart]").forEach(draw);
  }
  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  document.addEventListener("htmx:afterSwap", function (e) { drawAll(e.target); });
})();
