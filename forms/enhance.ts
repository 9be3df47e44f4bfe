/**
 * The optional script, served as a file so the CSP needs no inline script. Every page works
 * without it; with it, conditional questions appear only when they apply, the error summary
 * gets focus, and typed answers survive a reload in this tab (sessionStorage, so nothing
 * outlives the tab on a shared office computer, and never the server).
 */
export const js = `(function(){
var d=document;
function ready(){
var f=d.querySelector('.error-summary,.retry-banner');if(f)f.focus();
var c=d.querySelector('[data-clear-draft]');if(c){try{sessionStorage.removeItem('lernraum:'+c.getAttribute('data-clear-draft'))}catch(e){}}
var form=d.querySelector('form[data-draft]');if(!form)return;
var key='lernraum:'+form.getAttribute('data-draft');
function values(name){return Array.prototype.filter.call(form.elements,function(el){return el.name===name&&(el.type!=='radio'&&el.type!=='checkbox'||el.checked)}).map(function(el){return el.value})}
function toggle(){d.querySelectorAll('[data-show-if]').forEach(function(q){var want=q.getAttribute('data-show-values').split(' ');var has=values(q.getAttribute('data-show-if')).some(function(v){return want.indexOf(v)>=0});q.hidden=!has})}
function save(){var o={};Array.prototype.forEach.call(form.elements,function(el){if(!el.name||el.type==='hidden')return;if((el.type==='radio'||el.type==='checkbox')&&!el.checked)return;(o[el.name]=o[el.name]||[]).push(el.value)});try{sessionStorage.setItem(key,JSON.stringify(o))}catch(e){}}
function restore(){if(f)return;var o;try{o=JSON.parse(sessionStorage.getItem(key)||'null')}catch(e){}if(!o)return;Array.prototype.forEach.call(form.elements,function(el){var v=o[el.name];if(!v||el.type==='hidden')return;if(el.type==='radio'||el.type==='checkbox')el.checked=v.indexOf(el.value)>=0;else if(!el.value)el.value=v[0]})}
restore();toggle();
form.addEventListener('change',function(){toggle();save()});
form.addEventListener('input',save);
}
if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',ready);else ready();
})();`
