package sentences

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Hola, ¿me ayudan? Gracias.", []string{"Hola,", "¿me ayudan?", "Gracias."}},
		{"Cuesta 4.5 euros. Ver www.example.com ya.", []string{"Cuesta 4.5 euros.", "Ver www.example.com ya."}},
		{"La Sra. Pérez llamó. Nada más!!", []string{"La Sra. Pérez llamó.", "Nada más!!"}},
		{"I wrote on Monday and\nnobody answered\n\nWhy?", []string{"I wrote on Monday and\nnobody answered", "Why?"}},
		{"Necesito:\n- la factura\n- el albarán", []string{"Necesito:", "- la factura", "- el albarán"}},
		{"Ele disse \"já vou…\" e sumiu", []string{"Ele disse \"já vou…\"", "e sumiu"}},
		// A line much longer or shorter than a mail client wraps, and a
		// capital after it: its writer ended the sentence there.
		{"Hola buen dia\nEstoy viendo el celular Nuba X5 en su tienda. lo tienen en verde? es el que quiero de verdad\nCuanto tarda el envio a Merida?",
			[]string{"Hola buen dia", "Estoy viendo el celular Nuba X5 en su tienda.", "lo tienen en verde?", "es el que quiero de verdad", "Cuanto tarda el envio a Merida?"}},
		// Hard-wrapped text keeps a name at the start of a line in its
		// sentence.
		{"We came back from the trip on Sunday and my wife called your office\nMaria answered and said it would be sorted.",
			[]string{"We came back from the trip on Sunday and my wife called your office\nMaria answered and said it would be sorted."}},
		// A line of words longer than any client wraps: no line in
		// this text was wrapped, so each line break ends a sentence.
		{"hola! somos un grupo de 7 amigos y queremos ir el sabado 28 a la noche. Si somos 7 hay que reservar dos salas?\n" +
			"se puede llevar torta y tomar algo despues ahi\ny por ultimo, hay descuento para grupos\nabrazo",
			[]string{"hola!", "somos un grupo de 7 amigos y queremos ir el sabado 28 a la noche.", "Si somos 7 hay que reservar dos salas?",
				"se puede llevar torta y tomar algo despues ahi", "y por ultimo, hay descuento para grupos", "abrazo"}},
		// One long link is no such line.
		{"see https://example.com/a/very/long/path/that/goes/on/and/on/and/on/for/ever/and/ever/index.html today and\nthen call us",
			[]string{"see https://example.com/a/very/long/path/that/goes/on/and/on/and/on/for/ever/and/ever/index.html today and\nthen call us"}},
		// "etc." ends a list, and its sentence when a capital follows.
		{"So no shrimp, crab etc. Do you bring your own pans?", []string{"So no shrimp, crab etc.", "Do you bring your own pans?"}},
		{"Traigan platos, vasos, etc. y lo demás lo ponemos nosotros.", []string{"Traigan platos, vasos, etc. y lo demás lo ponemos nosotros."}},
		{"Bolos, doces etc. ¿Podem levar?", []string{"Bolos, doces etc.", "¿Podem levar?"}},
		{"  \n\n ", nil},
	} {
		var got []string
		for _, s := range Split(tt.text) {
			if s.Start < 0 || s.End > len(tt.text) || s.Start >= s.End {
				t.Fatalf("Split(%q): bad span %v", tt.text, s)
			}
			got = append(got, tt.text[s.Start:s.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
