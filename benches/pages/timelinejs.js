/* Puts window.BENCH_DATA on a TimelineJS 3 timeline: window.benchMount(el) returns a function that
 * removes it. Options keep TimelineJS off the network (no CDN fonts, no analytics). */
window.benchMount = function (el) {
  "use strict";
  var events = window.BENCH_DATA.events.map(function (e) {
    var start = { year: e.year };
    if (e.month) start.month = e.month;
    if (e.day) start.day = e.day;
    return { start_date: start, text: { headline: e.title, text: e.summary } };
  });
  var timeline = new TL.Timeline(el, { events: events }, {
    script_path: "/peers/timelinejs/js/", font: null, ga_property_id: null, track_events: []
  });
  return function () {
    timeline = null;
    el.replaceChildren();
  };
};
