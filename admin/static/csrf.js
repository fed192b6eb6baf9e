// Puts the page's CSRF token into every POST form and the admin's own AJAX calls (admin/csrf.py checks it).
(function () {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (!meta) { return; }
  var token = meta.getAttribute('content');
  function arm(form) {
    if (!form || (form.getAttribute('method') || '').toLowerCase() !== 'post') { return; }
    if (form.querySelector('input[name="csrf_token"]')) { return; }
    var input = document.createElement('input');
    input.type = 'hidden'; input.name = 'csrf_token'; input.value = token;
    form.appendChild(input);
  }
  document.querySelectorAll('form').forEach(arm);
  document.addEventListener('submit', function (event) { arm(event.target); }, true);
  if (window.jQuery) {
    window.jQuery.ajaxPrefilter(function (options, original, xhr) {
      if (!options.crossDomain) { xhr.setRequestHeader('X-CSRF-Token', token); }
    });
  }
})();
