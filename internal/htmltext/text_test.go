package htmltext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// check fails the test when got is not want, showing both as quoted lines.
func check(t *testing.T, in, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("Text(%q)\n got: %s\nwant: %s", in, quoteLines(got), quoteLines(want))
	}
}

func quoteLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "\t|" + l + "|"
	}
	return "\n" + strings.Join(lines, "\n")
}

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Lines and paragraphs.
		{"empty", "", ""},
		{"plain text", "Hola", "Hola"},
		{"paragraphs", "<p>Uno</p><p>Dos</p>", "Uno\n\nDos"},
		{"unclosed paragraphs", "<p>Uno<p>Dos<p>Tres", "Uno\n\nDos\n\nTres"},
		{"divs are lines", "<div>Uno</div><div>Dos</div>", "Uno\nDos"},
		{"br", "Uno<br>Dos<br/>Tres", "Uno\nDos\nTres"},
		{"two br leave a blank line", "Uno<br><br>Dos", "Uno\n\nDos"},
		{"many br leave one blank line", "Uno<br><br><br><br>Dos", "Uno\n\nDos"},
		{"br at the end of a block", "<div>Uno<br></div><div>Dos</div>", "Uno\nDos"},
		{"br between blocks", "<div>Uno</div><br><div>Dos</div>", "Uno\n\nDos"},
		{"leading and trailing breaks", "<br><p></p><br><div>Hola</div><br><br><p>&nbsp;</p>", "Hola"},
		{"stray end p", "Uno</p>Dos", "Uno\n\nDos"},
		{"whitespace collapses", "  Uno \n\t dos  <b> tres </b>  cuatro ", "Uno dos tres cuatro"},
		{"whitespace between blocks", "<div>\n  Uno\n</div>\n\n<div>\n  Dos\n</div>\n", "Uno\nDos"},
		{"inline elements", "Hola <b>Ana</b>, <i>¿qué</i> <span>tal?</span>", "Hola Ana, ¿qué tal?"},
		{"headings", "<h1>Título</h1><p>Texto</p><h2>Sub</h2>Más", "Título\n\nTexto\n\nSub\n\nMás"},
		{"hr", "Uno<hr>Dos", "Uno\n\nDos"},
		{"zero margins make a line", `<p style="margin-top:0;margin-bottom:0">Uno</p><p style="margin:0px">Dos</p>`, "Uno\nDos"},
		{"large margin makes a paragraph", `<div style="margin:0 0 16px 0">Uno</div><div>Dos</div>`, "Uno\n\nDos"},
		{"small margin is a line", `<div style="margin-bottom:2px">Uno</div><div>Dos</div>`, "Uno\nDos"},

		// Preformatted text.
		{"pre keeps whitespace", "<pre>a  b\n\tc\n  d</pre>", "a  b\n\tc\n  d"},
		{"pre drops its first newline", "x<pre>\nuno\n</pre>y", "x\n\nuno\n\ny"},
		{"pre keeps one blank line", "<pre>a\n\n\n\nb</pre>", "a\n\nb"},
		{"pre trailing spaces", "<pre>a   \nb\t</pre>", "a\nb"},
		{"textarea", "<textarea>a  b\nc</textarea>", "a  b\nc"},
		{"plaintext", "<plaintext><b>a</b>\n  b", "<b>a</b>\n  b"},

		// Lists.
		{"ul", "<ul><li>Uno</li><li>Dos</li></ul>", "- Uno\n- Dos"},
		{"ol", "<ol><li>Uno<li>Dos</ol>", "1. Uno\n2. Dos"},
		{"ol start", `<ol start="7"><li>Siete</li><li>Ocho</li></ol>`, "7. Siete\n8. Ocho"},
		{"ol reversed", `<ol reversed start="3"><li>a<li>b<li>c</ol>`, "3. a\n2. b\n1. c"},
		{"li value", `<ol><li>a<li value="10">b<li>c</ol>`, "1. a\n10. b\n11. c"},
		{"nested lists", "<ul><li>Uno<ul><li>A</li><li>B<ol><li>i</li></ol></li></ul></li><li>Dos</li></ul>",
			"- Uno\n  - A\n  - B\n    1. i\n- Dos"},
		{"list around text", "<p>Antes:</p><ul><li>x</li></ul><p>Después</p>", "Antes:\n\n- x\n\nDespués"},
		{"text then list", "Antes:<ul><li>x</li></ul>Después", "Antes:\n\n- x\n\nDespués"},
		{"paragraphs in items", "<ol><li><p>Uno</p></li><li><p>Dos</p><p>más</p></li></ol>", "1. Uno\n2. Dos\n  más"},
		{"br in item", "<ul><li>Uno<br>sigue</li></ul>", "- Uno\n  sigue"},
		{"empty item", "<ul><li></li><li>Dos</li></ul>", "- Dos"},
		{"li outside a list", "<li>suelto</li>", "- suelto"},
		{"dl", "<dl><dt>Plazo</dt><dd>48 horas</dd></dl>", "Plazo\n48 horas"},

		// Quotes.
		{"blockquote", "<p>Respuesta</p><blockquote><p>Original</p></blockquote>", "Respuesta\n\n> Original"},
		{"nested blockquote", "<blockquote>a<blockquote>b</blockquote>c</blockquote>d", "> a\n>\n> > b\n>\n> c\n\nd"},
		{"blank line in a quote", "<blockquote><div>a</div><div><br></div><div>b</div></blockquote>", "> a\n>\n> b"},
		{"list in a quote", "<blockquote><ul><li>a</li></ul></blockquote>", "> - a"},
		{"pre in a quote", "<blockquote><pre>a\n  b</pre></blockquote>", "> a\n>   b"},

		// Links and images.
		{"link", `<a href="https://x.es/y">texto</a>`, "texto (https://x.es/y)"},
		{"link text is the url", `<a href="https://x.es/y">https://x.es/y</a>`, "https://x.es/y"},
		{"link text without scheme", `<a href="http://www.x.es/">www.x.es</a>`, "www.x.es"},
		{"link text differs in case", `<a href="https://X.es/Y">https://x.es/y</a>`, "https://x.es/y"},
		{"mailto", `Escribe a <a href="mailto:ana@x.es">ana@x.es</a>.`, "Escribe a ana@x.es."},
		{"mailto with name", `<a href="mailto:ana@x.es?subject=Hola">Ana</a>`, "Ana (ana@x.es)"},
		{"mailto text", `<a href="mailto:ana@x.es">mailto:ana@x.es</a>`, "mailto:ana@x.es"},
		{"javascript link", `<a href="javascript:void(0)">Abrir</a>`, "Abrir"},
		{"javascript link with spaces", "<a href=\" java\tscript:x()\">Abrir</a>", "Abrir"},
		{"fragment link", `<a href="#arriba">Arriba</a>`, "Arriba"},
		{"link without href", `<a name="x">Ancla</a>`, "Ancla"},
		{"link around an image", `<a href="https://x.es/oferta"><img src="b.png" alt="Ver oferta"></a>`, "Ver oferta (https://x.es/oferta)"},
		{"link around an image without alt", `<a href="https://x.es/t"><img src="t.gif"></a>Hola`, "Hola"},
		{"link around a block", `<a href="https://x.es"><div>Ver</div></a>Más`, "Ver (https://x.es)\nMás"},
		{"link inside words", `Pulsa <a href="https://x.es/a">aquí</a>, por favor.`, "Pulsa aquí (https://x.es/a), por favor."},
		{"unclosed link", `<a href="https://x.es/a">uno <a href="https://x.es/b">dos`, "uno (https://x.es/a) dos (https://x.es/b)"},
		{"link with spaces", `<a href="https://x.es/mi fichero&nbsp;.pdf">fichero</a>`, "fichero (https://x.es/mi%20fichero%C2%A0.pdf)"},
		{"link with non-ascii", `<a href="https://x.es/año">año</a>`, "año (https://x.es/año)"},
		{"link with entities", `<a href="https://x.es/?a=1&amp;b=2">ir</a>`, "ir (https://x.es/?a=1&b=2)"},
		{"image alt", `Logo: <img alt="Cartero" src="l.png">`, "Logo: Cartero"},
		{"image without alt", `<img src="pixel.gif" width="1" height="1">Hola`, "Hola"},

		// Tables.
		{"table", "<table><tr><th>Pedido</th><th>Estado</th></tr><tr><td>1234</td><td>Enviado</td></tr></table>",
			"Pedido | Estado\n1234 | Enviado"},
		{"spacer cells", "<table><tr><td>A</td><td>&nbsp;</td><td width=20></td><td><img src=x.gif></td><td>B</td></tr></table>", "A | B"},
		{"nested table", "<table><tr><td>A</td><td><table><tr><td>B</td><td>C</td></tr></table></td><td>D</td></tr></table>",
			"A\nB | C\nD"},
		{"unclosed cells", "<table><tr><td>a<td>b<tr><td>c<td>d</table>x", "a | b\nc | d\nx"},
		{"spacer cell in a quote", "<blockquote><table><tr><td>&nbsp;</td><td>B</td></tr></table></blockquote>", "> B"},
		{"spacer cell in a list", "<ul><li><table><tr><td>&nbsp;</td><td>B</td></tr></table></li></ul>", "- B"},
		{"table in a list", "<ul><li><table><tr><td>a</td><td>b</td></tr></table></li></ul>", "- a | b"},
		{"paragraphs in cells", "<table><tr><td><p>a</p></td><td><p>b</p></td></tr></table>", "a\n\nb"},

		// Hidden content.
		{"head", "<html><head><title>Asunto</title><meta charset=utf-8><style>p{color:red}</style></head><body>Hola</body></html>", "Hola"},
		{"head without end tag", "<head><title>x</title><div>Hola</div>", "Hola"},
		{"text ends the head", "<head><meta charset=utf-8>Hola", "Hola"},
		{"script and style", "a<script>var x = '<p>no</p>';</script>b<style>.c{}</style>c", "abc"},
		{"script self-closing", "a<script src=x.js />b</script>c", "ac"},
		{"noscript iframe template", "a<noscript>n</noscript><iframe>i</iframe><template><p>t</p></template>b", "ab"},
		{"svg", `a<svg><text>no</text><g><rect/></g></svg>b`, "ab"},
		{"unclosed svg", `<svg><circle/><p>Hola</p>`, "Hola"},
		{"comments", "a<!-- b -->c<!--[if mso]><p>solo Outlook</p><![endif]-->d", "acd"},
		{"downlevel revealed", "<!--[if !mso]><!--><p>no Outlook</p><!--<![endif]-->", "no Outlook"},
		{"word revealed", "<p><![if !supportLists]>*<![endif]>x</p>", "*x"},
		{"display none", `<div style="display:none !important">Previa</div><div>Hola</div>`, "Hola"},
		{"display none on a span", `Hola <span style="DISPLAY: none">oculto</span>Ana`, "Hola Ana"},
		{"hidden attribute", `<p hidden>oculto</p><p>visible</p>`, "visible"},
		{"visibility hidden", `<div style="visibility:hidden">oculto</div>visible`, "visible"},
		{"zero height", `<div style="max-height:0;overflow:hidden">oculto</div>visible`, "visible"},
		{"hidden with nested same tags", `<div style="display:none"><div>a</div>b</div>c`, "c"},
		{"hidden element closed by its parent", `<div><span style="display:none">a</div>b`, "b"},
		{"hidden then shown", `<div style="display:none;display:block">visible</div>`, "visible"},

		// Characters.
		{"entities", "Ma&ntilde;ana, coraz&atilde;o, a&ccedil;&atilde;o, &aacute;rbol &amp; &lt;b&gt; &euro;5 &#8364; &#x20AC;",
			"Mañana, coraz\u00e3o, ação, árbol & <b> €5 € €"},
		{"windows-1252 references", "&#150; &#147;hola&#148;", "– “hola”"},
		{"nbsp", "a&nbsp;&nbsp;b &nbsp;c", "a  b  c"},
		{"nbsp at line start", "<div>&nbsp;&nbsp;sangría</div>", "  sangría"},
		{"nbsp lines are blank", "<div>a</div><div>&nbsp;</div><div>b</div>", "a\n\nb"},
		{"invalid utf-8", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"control characters", "a\x00b\x01c\u0085d\x7fe", "abcde"},
		{"invisible characters", "a\u00adb\u200bc\ufeffd\u034fe", "abcde"},
		{"zero width joiner kept", "👩\u200d💻", "👩\u200d💻"},
		{"preview padding", "Vista previa &zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;<div>Hola</div>", "Vista previa\nHola"},
		{"crlf", "a\r\nb\rc", "a b c"},
		{"uppercase tags", "<P>Uno<BR>Dos</P><DIV>Tres</DIV>", "Uno\nDos\n\nTres"},
		{"not a tag", "1 < 2 y 3 > 2", "1 < 2 y 3 > 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.in, Text(tt.in), tt.want)
		})
	}
}

// TestDeepNesting checks that nesting far beyond the limits renders in
// linear time without exhausting the stack.
func TestDeepNesting(t *testing.T) {
	tests := []struct {
		name, open, close, text string
		n                       int
		check                   func(t *testing.T, out string)
	}{
		{"divs", "<div>", "</div>", "hola", 100000, nil},
		{"unclosed divs", "<div>", "", "hola", 100000, nil},
		{"lists", "<ul><li>", "</li></ul>", "x", 100000, func(t *testing.T, out string) {
			for _, l := range strings.Split(out, "\n") {
				if len(l) > 2*maxIndent+2 {
					t.Fatalf("line of %d bytes: indentation is not capped", len(l))
				}
			}
		}},
		{"quotes", "<blockquote>", "</blockquote>", "x", 100000, func(t *testing.T, out string) {
			for _, l := range strings.Split(out, "\n") {
				if len(l) > 2*maxQuote+1 {
					t.Fatalf("line of %d bytes: quoting is not capped", len(l))
				}
			}
		}},
		{"spans", "<span>", "</span>", "x", 20000, nil},
		{"tables", "<table><tr><td>", "</td></tr></table>", "x", 20000, nil},
		{"hidden", `<div style="display:none">`, "</div>", "x", 20000, func(t *testing.T, out string) {
			if out != "fin" {
				t.Fatalf("got %.40q…, want only the final paragraph", out)
			}
		}},
		{"svg", "<svg><g>", "</g></svg>", "x", 20000, nil},
		{"stray end tags", "", "</p></li></td></ul></span></a>", "x", 20000, nil},
		{"misnested", "<b><div>", "</b></div>", "x", 20000, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			for range tt.n {
				b.WriteString(tt.open)
				b.WriteString(tt.text)
			}
			for range tt.n {
				b.WriteString(tt.close)
			}
			b.WriteString("<p>fin</p>")
			out := Text(b.String())
			if !utf8.ValidString(out) {
				t.Fatal("invalid UTF-8")
			}
			if !strings.HasSuffix(out, "fin") {
				t.Errorf("output ends with %q, want the final paragraph", out[max(0, len(out)-40):])
			}
			if tt.check != nil {
				tt.check(t, out)
			}
		})
	}
}
