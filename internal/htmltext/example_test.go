package htmltext_test

import (
	"fmt"

	"github.com/cartero/cartero/internal/htmltext"
)

func ExampleText() {
	html := `<div dir="ltr">Hola,<div><br></div>` +
		`<div>Mi pedido n&ordm; 4521 no ha llegado. Lo compr&eacute; en ` +
		`<a href="https://tienda.es/p/4521">vuestra web</a>:</div>` +
		`<ul><li>2 camisetas</li><li>1 gorra</li></ul>` +
		`<div>Gracias,</div><div>Ana</div></div>` +
		`<blockquote style="margin:0 0 0 .8ex"><div>&iquest;En qu&eacute; podemos ayudarte?</div></blockquote>`
	fmt.Println(htmltext.Text(html))
	// Output:
	// Hola,
	//
	// Mi pedido nº 4521 no ha llegado. Lo compré en vuestra web (https://tienda.es/p/4521):
	//
	// - 2 camisetas
	// - 1 gorra
	//
	// Gracias,
	// Ana
	// > ¿En qué podemos ayudarte?
}
