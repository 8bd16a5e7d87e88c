(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('quiz-data').textContent);
  var questions = Array.prototype.slice.call(document.querySelectorAll('.question'));
  var counts = { correct: 0, answered: 0 };

  function showScore() {
    document.getElementById('score-correct').textContent = String(counts.correct);
    document.getElementById('score-answered').textContent = String(counts.answered);
    document.getElementById('score-done').hidden = counts.answered < questions.length;
  }

  function options(question) {
    return Array.prototype.slice.call(question.querySelectorAll('.option'));
  }

  function answer(question, chosen) {
    if (question.classList.contains('answered')) return;
    var key = data.answers[Number(question.getAttribute('data-index'))];
    var right = chosen === key;
    question.classList.add('answered', right ? 'is-right' : 'is-wrong');
    options(question).forEach(function (li) {
      var index = Number(li.getAttribute('data-option'));
      if (index === key) li.classList.add('correct');
      if (index === chosen) li.classList.add('chosen');
      li.querySelector('input').disabled = true;
    });
    question.querySelector('.feedback').hidden = false;
    counts.answered += 1;
    if (right) counts.correct += 1;
    showScore();
  }

  function reset() {
    questions.forEach(function (question) {
      question.classList.remove('answered', 'is-right', 'is-wrong');
      question.querySelector('.feedback').hidden = true;
      options(question).forEach(function (li) {
        li.classList.remove('correct', 'chosen');
        var input = li.querySelector('input');
        input.disabled = false;
        input.checked = false;
      });
    });
    counts.correct = 0;
    counts.answered = 0;
    showScore();
  }

  questions.forEach(function (question) {
    question.addEventListener('change', function (event) {
      var input = event.target;
      if (input && input.type === 'radio') answer(question, Number(input.value));
    });
  });
  document.getElementById('reset').addEventListener('click', reset);
  document.getElementById('print').addEventListener('click', function () { window.print(); });
  reset();
})();
