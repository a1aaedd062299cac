/*
 * The reader script of the pages that arrive complete in their first response (FirstResponsePages). Everything
 * works without it: links, filters, pages, and the accessibility toolbar as a form. With it the toolbar applies
 * each choice at once and says so in the page's live region, Escape closes it, "Show image" shows the image in
 * place and Listen appears (it is hidden without script, which it needs).
 * It adds no content that the page does not already have, so nothing moves or is read twice.
 */
(function () {
  'use strict';
  var html = document.documentElement;
  var announcer = document.getElementById('announcer');
  var panel = document.getElementById('a11y-panel');
  var entry = document.getElementById('a11y-entry');
  var opener = entry && entry.form;
  var form = panel && panel.querySelector('form.a11y-form');

  function say(message) {
    if (announcer && message) {
      announcer.textContent = message;
    }
  }

  // One choice at a time: each request carries the cookie the previous answer set, so quick choices add up
  // instead of the later one being stored without the earlier.
  var queue = Promise.resolve();

  function send(fields) {
    var next = queue.then(function () { return post(fields); });
    queue = next.catch(function () {});
    return next;
  }

  function post(fields) {
    var body = new URLSearchParams(fields);
    body.set('back', form.elements.back.value);
    // getAttribute: the form's buttons are named "action", which shadows form.action.
    return fetch(form.getAttribute('action'), {
      method: 'POST', body: body, credentials: 'same-origin', headers: {'Accept': 'application/json'}
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('settings not saved: ' + response.status);
      }
      return response.json();
    });
  }

  function apply(state) {
    state.names.forEach(function (name) { html.removeAttribute(name); });
    Object.keys(state.attributes).forEach(function (name) { html.setAttribute(name, state.attributes[name]); });
    Object.keys(state.checked).forEach(function (group) {
      form.querySelectorAll('input[name="a11y-' + group + '"]').forEach(function (input) {
        input.checked = input.value === state.checked[group];
      });
    });
    say(state.message);
  }

  function setOpen(open) {
    panel.hidden = !open;
    entry.setAttribute('aria-expanded', String(open));
  }

  function close() {
    setOpen(false);
    entry.focus();
  }

  if (panel && entry && opener && form) {
    // Changes apply as they are made: the form's Apply button is for pages without this script.
    form.querySelectorAll('.a11y-apply').forEach(function (apply) { apply.remove(); });
    opener.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!panel.hidden) {
        setOpen(false);
        return;
      }
      setOpen(true);
      send({action: 'open'}).then(apply).catch(function () { say(form.getAttribute('data-error')); });
    });
    form.addEventListener('change', function (event) {
      var input = event.target;
      if (input.type !== 'radio' || !input.name || input.name.indexOf('a11y-') !== 0) {
        return;
      }
      send({action: 'choose', setting: input.name.substring(5), value: input.value}).then(apply)
        .catch(function () { say(form.getAttribute('data-error')); });
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var action = event.submitter ? event.submitter.value : 'apply';
      if (action === 'close') {
        close();
        return;
      }
      send({action: action}).then(function (state) {
        apply(state);
        if (action === 'normal') {
          close();
        }
      }).catch(function () { say(form.getAttribute('data-error')); });
    });
    // "Normal version" in the header: switches the version off at once, as the panel's button does.
    var normalForm = document.querySelector('form.a11y-normal-form');
    if (normalForm) {
      normalForm.addEventListener('submit', function (event) {
        event.preventDefault();
        send({action: 'normal'}).then(function (state) {
          apply(state);
          close();
        }).catch(function () { say(form.getAttribute('data-error')); });
      });
    }
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });
  }

  // "Show image": with images hidden, one image is shown on request (and hidden again). Without script it is a
  // link to the article drawn with that image shown; here it becomes a toggle button that shows it in place.
  document.querySelectorAll('a.image-reveal').forEach(function (link) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.textContent = link.getAttribute('data-show');
    button.setAttribute('aria-pressed', String(link.closest('figure').classList.contains('image-revealed')));
    link.replaceWith(button);
  });
  document.addEventListener('click', function (event) {
    var reveal = event.target.closest && event.target.closest('.image-reveal');
    if (!reveal) {
      return;
    }
    var figure = reveal.closest('figure');
    var revealed = !figure.classList.contains('image-revealed');
    figure.classList.toggle('image-revealed', revealed);
    reveal.setAttribute('aria-pressed', String(revealed));
  });

  // Listen: the browser's own speech synthesis, in the article's language, only when asked.
  var listen = document.getElementById('listen-control');
  if (listen) {
    var synth = window.speechSynthesis;
    // The control arrives hidden: without script, or without speech, it could do nothing.
    listen.hidden = !synth;
    if (synth) {
      var pause = document.getElementById('listen-pause');
      var language = listen.getAttribute('data-lang') || html.lang;
      var target = document.querySelector(listen.getAttribute('data-target') || 'main article');
      document.getElementById('listen-start').addEventListener('click', function () {
        pause.setAttribute('aria-pressed', 'false');
        synth.cancel();
        var voice = synth.getVoices().find(function (v) {
          return (v.lang || '').toLowerCase().indexOf(language) === 0;
        });
        // One utterance per block: long single utterances are cut off by some engines.
        target.querySelectorAll('h1, h2, h3, p, li, figcaption').forEach(function (block) {
          if (block.closest('.listen-control') || !block.innerText.trim()) {
            return;
          }
          var utterance = new SpeechSynthesisUtterance(block.innerText);
          utterance.lang = language;
          if (voice) {
            utterance.voice = voice;
          }
          synth.speak(utterance);
        });
      });
      pause.addEventListener('click', function () {
        var paused = pause.getAttribute('aria-pressed') === 'true';
        pause.setAttribute('aria-pressed', String(!paused));
        if (paused) {
          synth.resume();
        } else {
          synth.pause();
        }
      });
      document.getElementById('listen-stop').addEventListener('click', function () {
        pause.setAttribute('aria-pressed', 'false');
        synth.cancel();
      });
      window.addEventListener('pagehide', function () { synth.cancel(); });
    }
  }

  // Forms sent back with problems (GOV.UK's error summary): the summary has focus when the page arrives, and its
  // links move focus to their field (a fragment link alone only scrolls), the field's label in view.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    if (document.activeElement !== summary) {
      summary.focus();
    }
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var target = link && document.getElementById(link.getAttribute('href').substring(1));
      if (!target) {
        return;
      }
      event.preventDefault();
      var field = target.closest('.field') || target;
      field.scrollIntoView({block: 'start'});
      target.focus({preventScroll: true});
    });
  }

  // A text area's counter follows the text, as help text tied to the field: read with it, never on each key.
  document.querySelectorAll('[data-template][data-max]').forEach(function (counter) {
    var field = document.querySelector('[aria-describedby~="' + counter.id + '"]');
    if (!field) {
      return;
    }
    var max = Number(counter.dataset.max);
    var timer;
    field.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var left = Math.max(0, max - field.value.length);
        counter.textContent = counter.dataset.template.replace('{0}', left.toLocaleString(html.lang));
      }, 300);
    });
  });

  // "Copy link" under an article: the clipboard; whether it worked shows beside the button and the live region
  // says it.
  document.querySelectorAll('.share-copy').forEach(function (copy) {
    if (!navigator.clipboard) {
      return;
    }
    copy.hidden = false;
    var status = copy.parentNode.querySelector('.share-copy-status');
    function tell(message) {
      if (status) {
        status.textContent = message;
      }
      say(message);
    }
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(copy.dataset.url).then(function () { tell(copy.dataset.done); },
        function () { tell(copy.dataset.failed); });
    });
  });

  window.rosnouReader = true;
}());
