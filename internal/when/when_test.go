package when

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The tests read texts on Thursday 26 November 2026 at 11:00 in Madrid.
var (
	madrid = mustLoad("Europe/Madrid")
	now    = time.Date(2026, 11, 26, 11, 0, 0, 0, madrid)
)

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// instant reads "2026-11-27 10:00" in Madrid; "now" is now.
func instant(s string) time.Time {
	if s == "now" {
		return now
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", s, madrid)
	if err != nil {
		panic(err)
	}
	return t
}

// A findTest expects one expression in text: span, from and to, and
// whether it is a deadline. biz is "" or a business amount: "2d", "4h".
type findTest struct {
	lang, text, span, from, to string
	deadline                   bool
	biz                        string
}

// want returns the Expr the test expects.
func (tt findTest) want() Expr {
	start := strings.Index(tt.text, tt.span)
	if start < 0 {
		panic(fmt.Sprintf("%q is not in %q", tt.span, tt.text))
	}
	e := Expr{Start: start, End: start + len(tt.span), From: instant(tt.from), To: instant(tt.to), Deadline: tt.deadline}
	if days, ok := strings.CutSuffix(tt.biz, "d"); ok {
		fmt.Sscan(days, &e.BusinessDays)
		e.Business = time.Duration(e.BusinessDays) * 24 * time.Hour
	} else if tt.biz != "" {
		e.Business, _ = time.ParseDuration(tt.biz)
	}
	return e
}

func runFindTests(t *testing.T, tests []findTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			got := Find(tt.text, now, tt.lang)
			want := []Expr{tt.want()}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s%s", tt.text, diff, spans(tt.text, got))
			}
		})
	}
}

// spans lists what was found, for failure messages.
func spans(text string, got []Expr) string {
	var b strings.Builder
	for _, e := range got {
		fmt.Fprintf(&b, "found %q: %s → %s, deadline %v\n", text[e.Start:e.End],
			e.From.Format("2006-01-02 15:04"), e.To.Format("2006-01-02 15:04"), e.Deadline)
	}
	return b.String()
}

func TestFindSpanish(t *testing.T) {
	runFindTests(t, []findTest{
		{"es", "Le responderemos en 24 horas.", "en 24 horas", "now", "2026-11-27 11:00", true, ""},
		{"es", "Le contestaremos en un plazo máximo de 48 horas.", "en un plazo máximo de 48 horas", "now", "2026-11-28 11:00", true, ""},
		{"es", "Lo tendrá en las próximas 72 horas.", "en las próximas 72 horas", "now", "2026-11-29 11:00", true, ""},
		{"es", "Le llamaremos en menos de 30 minutos.", "en menos de 30 minutos", "now", "2026-11-26 11:30", true, ""},
		{"es", "Recibirá respuesta en 2 días hábiles.", "en 2 días hábiles", "now", "2026-11-28 11:00", true, "2d"},
		{"es", "Lo resolvemos en 24 horas laborables.", "en 24 horas laborables", "now", "2026-11-27 11:00", true, "24h"},
		{"es", "Le escribiremos dentro de veinticuatro horas.", "dentro de veinticuatro horas", "now", "2026-11-27 11:00", true, ""},
		{"es", "Se lo enviamos en cuarenta y ocho horas.", "en cuarenta y ocho horas", "now", "2026-11-28 11:00", true, ""},
		{"es", "Quedará listo en un día.", "en un día", "now", "2026-11-27 11:00", true, ""},
		{"es", "Le llamamos en media hora.", "en media hora", "now", "2026-11-26 11:30", true, ""},
		{"es", "Entrega en un plazo de 24 a 48 horas.", "en un plazo de 24 a 48 horas", "now", "2026-11-28 11:00", true, ""},
		{"es", "Tiempo de respuesta: 48h.", "48h", "now", "2026-11-28 11:00", true, ""},
		{"es", "Le llamaremos mañana a las 10:00.", "mañana a las 10:00", "2026-11-27 10:00", "2026-11-27 10:00", false, ""},
		{"es", "MANANA A LAS 10 sin falta", "MANANA A LAS 10", "2026-11-27 10:00", "2026-11-27 10:00", false, ""},
		{"es", "Pasaremos mañana por la mañana.", "mañana por la mañana", "2026-11-27 06:00", "2026-11-27 12:00", false, ""},
		{"es", "Se lo confirmo hoy.", "hoy", "now", "2026-11-27 00:00", false, ""},
		{"es", "Lo tendrá pasado mañana.", "pasado mañana", "2026-11-28 00:00", "2026-11-29 00:00", false, ""},
		{"es", "Le llamo esta tarde.", "esta tarde", "2026-11-26 12:00", "2026-11-26 20:00", false, ""},
		{"es", "Se lo enviamos antes del final del día.", "antes del final del día", "now", "2026-11-27 00:00", true, ""},
		{"es", "Le escribiremos el lunes.", "el lunes", "2026-11-30 00:00", "2026-12-01 00:00", false, ""},
		{"es", "Nos vemos el jueves.", "el jueves", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"es", "Lo recibirá el próximo martes.", "el próximo martes", "2026-12-01 00:00", "2026-12-02 00:00", false, ""},
		{"es", "Lo recibirá el martes que viene.", "el martes que viene", "2026-12-01 00:00", "2026-12-02 00:00", false, ""},
		{"es", "Le llamamos el sabado por la tarde.", "el sabado por la tarde", "2026-11-28 12:00", "2026-11-28 20:00", false, ""},
		{"es", "Tendrá respuesta antes del lunes.", "antes del lunes", "now", "2026-11-30 00:00", true, ""},
		{"es", "Lo tendrá hasta el viernes.", "hasta el viernes", "now", "2026-11-28 00:00", true, ""},
		{"es", "Lo tendrá para el lunes.", "para el lunes", "now", "2026-12-01 00:00", true, ""},
		{"es", "Le llamaremos el lunes 3 de diciembre a las 10:00.", "el lunes 3 de diciembre a las 10:00", "2026-12-03 10:00", "2026-12-03 10:00", false, ""},
		{"es", "La reunión es el 15 de diciembre.", "el 15 de diciembre", "2026-12-15 00:00", "2026-12-16 00:00", false, ""},
		{"es", "Entrega prevista: 3 de enero de 2027.", "3 de enero de 2027", "2027-01-03 00:00", "2027-01-04 00:00", false, ""},
		{"es", "Cita el 3 de noviembre.", "el 3 de noviembre", "2027-11-03 00:00", "2027-11-04 00:00", false, ""},
		{"es", "Le esperamos el 03/12/2026 a las 9:30.", "el 03/12/2026 a las 9:30", "2026-12-03 09:30", "2026-12-03 09:30", false, ""},
		{"es", "Lo enviamos el 3/12.", "el 3/12", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"es", "Fecha límite 2026-12-03.", "2026-12-03", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"es", "Le llamamos el día 3 a las 10:00.", "el día 3 a las 10:00", "2026-12-03 10:00", "2026-12-03 10:00", false, ""},
		{"es", "Le llamo a las 5 de la tarde.", "a las 5 de la tarde", "2026-11-26 17:00", "2026-11-26 17:00", false, ""},
		{"es", "Le llamo a las 10:00 a. m.", "a las 10:00 a. m.", "2026-11-26 10:00", "2026-11-26 10:00", false, ""},
		{"es", "Le llamo a las 17 h.", "a las 17 h", "2026-11-26 17:00", "2026-11-26 17:00", false, ""},
		{"es", "Le llamo a la 1.", "a la 1", "2026-11-26 01:00", "2026-11-26 01:00", false, ""},
		{"es", "Le llamo a las 10 y media.", "a las 10 y media", "2026-11-26 10:30", "2026-11-26 10:30", false, ""},
		{"es", "Lo tendrá antes de las 12:00.", "antes de las 12:00", "now", "2026-11-26 12:00", true, ""},
		{"es", "Lo tendrá mañana antes de las 12:00.", "mañana antes de las 12:00", "now", "2026-11-27 12:00", true, ""},
		{"es", "Le llamamos mañana al mediodía.", "mañana al mediodía", "2026-11-27 12:00", "2026-11-27 12:00", false, ""},
		{"es", "Le responderá mañana a las 10:00 como máximo.", "mañana a las 10:00 como máximo", "now", "2026-11-27 10:00", true, ""},
		{"es", "Se lo enviaremos a más tardar mañana.", "a más tardar mañana", "now", "2026-11-28 00:00", true, ""},
		{"es", "Lo tendrá como muy tarde el lunes.", "como muy tarde el lunes", "now", "2026-12-01 00:00", true, ""},
		{"es", "Le llamamos a primera hora de mañana.", "a primera hora de mañana", "2026-11-27 06:00", "2026-11-27 10:00", false, ""},
		{"es", "Lo verá la semana que viene.", "la semana que viene", "2026-11-30 00:00", "2026-12-07 00:00", false, ""},
		{"es", "Lo cerramos hasta el final del día de mañana.", "hasta el final del día de mañana", "now", "2026-11-28 00:00", true, ""},
		{"es", "Se lo llevamos mañana por la tarde antes de las 5.", "mañana por la tarde antes de las 5", "now", "2026-11-27 17:00", true, ""},
		{"es", "Le llamo a las 10 de mañana.", "a las 10 de mañana", "2026-11-27 10:00", "2026-11-27 10:00", false, ""},
		{"es", "Tardaremos 72 horas en enviarlo.", "72 horas", "now", "2026-11-29 11:00", true, ""},
	})
}

func TestFindEnglish(t *testing.T) {
	runFindTests(t, []findTest{
		{"en", "We will reply within 24 hours.", "within 24 hours", "now", "2026-11-27 11:00", true, ""},
		{"en", "You will hear from us within 2 business days.", "within 2 business days", "now", "2026-11-28 11:00", true, "2d"},
		{"en", "We will fix it within 4 business hours.", "within 4 business hours", "now", "2026-11-26 15:00", true, "4h"},
		{"en", "Expect an answer in the next 24 hours.", "in the next 24 hours", "now", "2026-11-27 11:00", true, ""},
		{"en", "I will call you in 30 minutes.", "in 30 minutes", "now", "2026-11-26 11:30", true, ""},
		{"en", "It ships in twenty-four hours.", "in twenty-four hours", "now", "2026-11-27 11:00", true, ""},
		{"en", "It will be ready in a day.", "in a day", "now", "2026-11-27 11:00", true, ""},
		{"en", "We will call in half an hour.", "in half an hour", "now", "2026-11-26 11:30", true, ""},
		{"en", "Expect a refund in 2-3 business days.", "in 2-3 business days", "now", "2026-11-29 11:00", true, "3d"},
		{"en", "Response in 48h.", "in 48h", "now", "2026-11-28 11:00", true, ""},
		{"en", "I will confirm today.", "today", "now", "2026-11-27 00:00", false, ""},
		{"en", "It will arrive tomorrow.", "tomorrow", "2026-11-27 00:00", "2026-11-28 00:00", false, ""},
		{"en", "It will arrive the day after tomorrow.", "the day after tomorrow", "2026-11-28 00:00", "2026-11-29 00:00", false, ""},
		{"en", "I will call this afternoon.", "this afternoon", "2026-11-26 12:00", "2026-11-26 18:00", false, ""},
		{"en", "I will call tonight.", "tonight", "2026-11-26 18:00", "2026-11-27 00:00", false, ""},
		{"en", "You will have it by end of day.", "by end of day", "now", "2026-11-27 00:00", true, ""},
		{"en", "Expect it EOD tomorrow.", "EOD tomorrow", "now", "2026-11-28 00:00", true, ""},
		{"en", "I will call tomorrow morning.", "tomorrow morning", "2026-11-27 06:00", "2026-11-27 12:00", false, ""},
		{"en", "We will call first thing tomorrow.", "first thing tomorrow", "2026-11-27 06:00", "2026-11-27 10:00", false, ""},
		{"en", "We will call on Monday.", "on Monday", "2026-11-30 00:00", "2026-12-01 00:00", false, ""},
		{"en", "You will have it by Friday.", "by Friday", "now", "2026-11-28 00:00", true, ""},
		{"en", "We will ship next Tuesday.", "next Tuesday", "2026-12-01 00:00", "2026-12-02 00:00", false, ""},
		{"en", "We will ship this Thursday.", "this Thursday", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"en", "We will call Monday afternoon.", "Monday afternoon", "2026-11-30 12:00", "2026-11-30 18:00", false, ""},
		{"en", "It is due December 3.", "December 3", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"en", "It is due Dec 3rd.", "Dec 3rd", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"en-GB", "It is due 3 December.", "3 December", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"en", "It is due on the 3rd.", "on the 3rd", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"en-US", "It is due on 12/3.", "on 12/3", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"en-GB", "It is due on 12/3.", "on 12/3", "2027-03-12 00:00", "2027-03-13 00:00", false, ""},
		{"en", "It is due 2026-12-03.", "2026-12-03", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"en", "We will call at 10am.", "at 10am", "2026-11-26 10:00", "2026-11-26 10:00", false, ""},
		{"en", "We will call at 10:30 a.m. sharp.", "at 10:30 a.m.", "2026-11-26 10:30", "2026-11-26 10:30", false, ""},
		{"en", "You will have it by 5 pm.", "by 5 pm", "now", "2026-11-26 17:00", true, ""},
		{"en", "You will have it before noon.", "before noon", "now", "2026-11-26 12:00", true, ""},
		{"en", "We will call you at midday.", "at midday", "2026-11-26 12:00", "2026-11-26 12:00", false, ""},
		{"en", "We will get back to you by 5pm tomorrow.", "by 5pm tomorrow", "now", "2026-11-27 17:00", true, ""},
		{"en", "We will call tomorrow at 5.", "tomorrow at 5", "2026-11-27 17:00", "2026-11-27 17:00", false, ""},
		{"en", "We will call tomorrow at 10:00 AM.", "tomorrow at 10:00 AM", "2026-11-27 10:00", "2026-11-27 10:00", false, ""},
		{"en", "We will call on Monday at 9:00 AM.", "on Monday at 9:00 AM", "2026-11-30 09:00", "2026-11-30 09:00", false, ""},
		{"en", "We will call on December 3, 2027 at 10:00 AM.", "on December 3, 2027 at 10:00 AM", "2027-12-03 10:00", "2027-12-03 10:00", false, ""},
		{"en", "We will call tomorrow at 10 at the latest.", "tomorrow at 10 at the latest", "now", "2026-11-27 10:00", true, ""},
		{"en", "You will hear from us no later than Friday.", "no later than Friday", "now", "2026-11-28 00:00", true, ""},
		{"en", "The archive is kept for use within 9999 weeks.", "within 9999 weeks", "now", "2218-07-16 12:00", true, ""},
		{"en", "We will look into it next week.", "next week", "2026-11-30 00:00", "2026-12-07 00:00", false, ""},
		{"en", "You will have it tomorrow afternoon by 3.", "tomorrow afternoon by 3", "now", "2026-11-27 15:00", true, ""},
		{"en", "We will call Monday, December 7 at 2:30 p.m.", "Monday, December 7 at 2:30 p.m.", "2026-12-07 14:30", "2026-12-07 14:30", false, ""},
		{"en", "We will call at 10am on Friday.", "at 10am on Friday", "2026-11-27 10:00", "2026-11-27 10:00", false, ""},
		{"en", "It will be done by the end of the day.", "by the end of the day", "now", "2026-11-27 00:00", true, ""},
	})
}

func TestFindPortuguese(t *testing.T) {
	runFindTests(t, []findTest{
		{"pt", "Responderemos em até 24 horas.", "em até 24 horas", "now", "2026-11-27 11:00", true, ""},
		{"pt", "Retornaremos nas próximas 48 horas.", "nas próximas 48 horas", "now", "2026-11-28 11:00", true, ""},
		{"pt", "O reembolso sai em 3 dias úteis.", "em 3 dias úteis", "now", "2026-11-29 11:00", true, "3d"},
		{"pt", "Chega dentro de 2 dias.", "dentro de 2 dias", "now", "2026-11-28 11:00", true, ""},
		{"pt", "Respondemos em vinte e quatro horas.", "em vinte e quatro horas", "now", "2026-11-27 11:00", true, ""},
		{"pt", "Respondemos em quarenta e oito horas.", "em quarenta e oito horas", "now", "2026-11-28 11:00", true, ""},
		{"pt", "Fica pronto em um dia.", "em um dia", "now", "2026-11-27 11:00", true, ""},
		{"pt", "Ligamos em meia hora.", "em meia hora", "now", "2026-11-26 11:30", true, ""},
		{"pt", "Prazo de entrega: 24 a 48 horas úteis.", "24 a 48 horas úteis", "now", "2026-11-28 11:00", true, "48h"},
		{"pt", "Confirmo hoje.", "hoje", "now", "2026-11-27 00:00", false, ""},
		{"pt", "Chega amanhã.", "amanhã", "2026-11-27 00:00", "2026-11-28 00:00", false, ""},
		{"pt", "Chega amanha.", "amanha", "2026-11-27 00:00", "2026-11-28 00:00", false, ""},
		{"pt", "Chega depois de amanhã.", "depois de amanhã", "2026-11-28 00:00", "2026-11-29 00:00", false, ""},
		{"pt", "Ligamos hoje à tarde.", "hoje à tarde", "2026-11-26 12:00", "2026-11-26 20:00", false, ""},
		{"pt", "Ligamos amanhã de manhã.", "amanhã de manhã", "2026-11-27 06:00", "2026-11-27 12:00", false, ""},
		{"pt", "Enviamos até o fim do dia.", "até o fim do dia", "now", "2026-11-27 00:00", true, ""},
		{"pt", "Ligamos na segunda-feira.", "na segunda-feira", "2026-11-30 00:00", "2026-12-01 00:00", false, ""},
		{"pt", "Ligamos na segunda.", "na segunda", "2026-11-30 00:00", "2026-12-01 00:00", false, ""},
		{"pt", "Entregamos até sexta.", "até sexta", "now", "2026-11-28 00:00", true, ""},
		{"pt", "Ligamos na próxima quarta.", "na próxima quarta", "2026-12-02 00:00", "2026-12-03 00:00", false, ""},
		{"pt", "Entregamos no sabado.", "no sabado", "2026-11-28 00:00", "2026-11-29 00:00", false, ""},
		{"pt", "Ligamos na terça-feira à tarde.", "na terça-feira à tarde", "2026-12-01 12:00", "2026-12-01 20:00", false, ""},
		{"pt", "Entrega dia 3 de dezembro.", "dia 3 de dezembro", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"pt", "Entrega em 3 de dezembro.", "em 3 de dezembro", "2026-12-03 00:00", "2026-12-04 00:00", false, ""},
		{"pt-PT", "Reunião a 3 de dezembro às 10:00.", "a 3 de dezembro às 10:00", "2026-12-03 10:00", "2026-12-03 10:00", false, ""},
		{"pt", "Pagamento até o dia 03/12.", "até o dia 03/12", "now", "2026-12-04 00:00", true, ""},
		{"pt", "Ligamos às 10h.", "às 10h", "2026-11-26 10:00", "2026-11-26 10:00", false, ""},
		{"pt", "Ligamos às 10h30.", "às 10h30", "2026-11-26 10:30", "2026-11-26 10:30", false, ""},
		{"pt", "Ligamos às 3 da tarde.", "às 3 da tarde", "2026-11-26 15:00", "2026-11-26 15:00", false, ""},
		{"pt", "Atendemos até às 18h.", "até às 18h", "now", "2026-11-26 18:00", true, ""},
		{"pt", "Ligamos ao meio-dia.", "ao meio-dia", "2026-11-26 12:00", "2026-11-26 12:00", false, ""},
		{"pt", "Ligamos amanhã às 9h.", "amanhã às 9h", "2026-11-27 09:00", "2026-11-27 09:00", false, ""},
		{"pt", "Respondemos até amanhã às 9h.", "até amanhã às 9h", "now", "2026-11-27 09:00", true, ""},
		{"pt", "Ligamos na segunda-feira às 9:00.", "na segunda-feira às 9:00", "2026-11-30 09:00", "2026-11-30 09:00", false, ""},
		{"pt", "Ligamos às 18h de amanhã.", "às 18h de amanhã", "2026-11-27 18:00", "2026-11-27 18:00", false, ""},
		{"pt", "Entregamos o mais tardar na sexta.", "o mais tardar na sexta", "now", "2026-11-28 00:00", true, ""},
		{"pt", "Ligamos amanhã às 10h no máximo.", "amanhã às 10h no máximo", "now", "2026-11-27 10:00", true, ""},
		{"pt", "Enviamos na semana que vem.", "na semana que vem", "2026-11-30 00:00", "2026-12-07 00:00", false, ""},
		{"pt", "Ligamos amanhã à tarde até às 16h.", "amanhã à tarde até às 16h", "now", "2026-11-27 16:00", true, ""},
		{"pt", "Ligamos no dia 3 às 14h.", "no dia 3 às 14h", "2026-12-03 14:00", "2026-12-03 14:00", false, ""},
		{"pt", "Enviamos em uma hora e meia.", "em uma hora e meia", "now", "2026-11-26 12:30", true, ""},
	})
}

// Texts without a promised time, in each language.
func TestFindNothing(t *testing.T) {
	texts := map[string][]string{
		"es": {
			"Ofrecemos 24 horas de atención al cliente.",
			"Atención 24/7 y 24 horas al día.",
			"El producto tiene 3 años de garantía.",
			"Ha pedido 2 unidades del artículo.",
			"Su pedido nº 2026-1203 está en camino.",
			"El precio es de 10,00 €.",
			"Llame al 900 123 456.",
			"Horario de 9 a 18 h, de lunes a viernes de 9:00 a 18:00.",
			"Aplicamos el 50% de descuento.",
			"Instale la versión 3.12.",
			"Le escribimos hace 2 días.",
			"Hoy en día todo va más rápido.",
			"Esta mañana recibimos su pedido.",
			"Pasamos por la mañana.",
			"Abrimos desde el lunes.",
			"Cerramos todos los lunes.",
			"El lunes pasado enviamos el paquete.",
			"El plazo es de 2 meses.",
			"Tiene 30 días para devolverlo.",
		},
		"en": {
			"Our team offers 24 hours of support.",
			"We are open 24/7.",
			"The product has a 3 year warranty.",
			"You ordered 2 units.",
			"Your order 12345 has shipped.",
			"The price is $10.00.",
			"Call us on 0800 123 456.",
			"We are open Monday to Friday, 9am-5pm.",
			"Get 50% off.",
			"Install version 3.12.",
			"We wrote to you 3 days ago.",
			"You may 3 times try again.",
			"We will call at 5.",
			"Since Monday the line is busy.",
			"Last Monday we shipped it.",
			"You have 30 days to return it.",
		},
		"pt": {
			"Atendimento 24 horas por dia.",
			"O produto tem 3 anos de garantia.",
			"Você pediu 2 unidades.",
			"O valor é R$ 24,90.",
			"Ligue para 0800 123 456.",
			"Atendemos de segunda a sexta, das 9h às 18h.",
			"Desconto de 50%.",
			"Instale a versão 3.12.",
			"Respondemos há 2 dias.",
			"Enviamos faz 2 dias.",
			"Hoje em dia tudo é rápido.",
			"Peça a segunda via do boleto.",
			"Entregamos no sábado passado.",
			"Fica a 10 km daqui.",
			"Você tem 30 dias para devolver.",
		},
	}
	for lang, list := range texts {
		for _, text := range list {
			if got := Find(text, now, lang); len(got) != 0 {
				t.Errorf("Find(%q, %q) found something:\n%s", text, lang, spans(text, got))
			}
		}
	}
}

// Several expressions come in order, each with its own reading.
func TestFindSeveral(t *testing.T) {
	text := "Le llamaremos mañana a las 10:00. Si no le localizamos, le escribiremos antes del viernes;\n" +
		"en cualquier caso tendrá una respuesta en 2 días hábiles."
	got := Find(text, now, "es-ES")
	var found []string
	for _, e := range got {
		found = append(found, text[e.Start:e.End])
	}
	want := []string{"mañana a las 10:00", "antes del viernes", "en 2 días hábiles"}
	if diff := cmp.Diff(want, found); diff != "" {
		t.Errorf("Find found (-want +got):\n%s", diff)
	}
}

// An expression does not run across a blank line.
func TestFindParagraphs(t *testing.T) {
	text := "Le llamaremos mañana\n\na las 10:00 le escribirá Ana."
	got := Find(text, now, "es")
	var found []string
	for _, e := range got {
		found = append(found, text[e.Start:e.End])
	}
	if want := []string{"mañana", "a las 10:00"}; !cmp.Equal(want, found) {
		t.Errorf("Find(%q) found %q, want %q", text, found, want)
	}
}

func TestFindLanguageTags(t *testing.T) {
	tests := []struct {
		lang, text, from string
	}{
		{"es-AR", "Lo enviamos el 3/12.", "2026-12-03 00:00"},
		{"pt_PT", "Enviamos a 3/12.", "2026-12-03 00:00"},
		{"EN-gb", "We ship on 3/12.", "2026-12-03 00:00"},
		{"en-US", "We ship on 3/12.", "2027-03-12 00:00"},
		{"en", "We ship on 3/12.", "2027-03-12 00:00"},
		// Any other language reads all three, numeric dates day first.
		{"", "We ship on 3/12.", "2026-12-03 00:00"},
		{"fr", "Lo enviamos el 3/12.", "2026-12-03 00:00"},
		{"und", "Enviamos amanhã.", "2026-11-27 00:00"},
	}
	for _, tt := range tests {
		got := Find(tt.text, now, tt.lang)
		if len(got) != 1 || !got[0].From.Equal(instant(tt.from)) {
			t.Errorf("Find(%q, %q) = %+v, want one expression from %s", tt.text, tt.lang, got, tt.from)
		}
	}
}

// Today's weekday is a week away, unless it is today that is named.
func TestFindToday(t *testing.T) {
	for _, tt := range []struct{ lang, text, from string }{
		{"es", "Le llamo el jueves.", "2026-12-03 00:00"},
		{"es", "Le llamo hoy jueves a las 17:00.", "2026-11-26 17:00"},
		{"en", "I will call on Thursday.", "2026-12-03 00:00"},
		{"pt", "Ligo na quinta.", "2026-12-03 00:00"},
		{"pt", "Ligo hoje às 17h.", "2026-11-26 17:00"},
	} {
		got := Find(tt.text, now, tt.lang)
		if len(got) != 1 || !got[0].From.Equal(instant(tt.from)) {
			t.Errorf("Find(%q) = %+v, want one expression from %s", tt.text, got, tt.from)
		}
	}
}

// Times are resolved in now's location.
func TestFindLocation(t *testing.T) {
	tokyo := mustLoad("Asia/Tokyo")
	n := time.Date(2026, 11, 26, 23, 30, 0, 0, tokyo)
	got := Find("We will call tomorrow at 9am.", n, "en")
	want := time.Date(2026, 11, 27, 9, 0, 0, 0, tokyo)
	if len(got) != 1 || !got[0].From.Equal(want) || got[0].From.Location() != tokyo {
		t.Errorf("Find = %+v, want one expression at %v", got, want)
	}
}

// Only the first MaxText bytes are read.
func TestFindLongText(t *testing.T) {
	filler := strings.Repeat("Sin novedad por ahora. ", MaxText/23)
	text := "Le llamamos mañana. " + filler + "Le llamamos el lunes."
	got := Find(text, now, "es")
	if len(got) != 1 || text[got[0].Start:got[0].End] != "mañana" {
		t.Errorf("Find found %d expressions, want only the first:\n%s", len(got), spans(text, got))
	}
	// A character cut at the limit is dropped, not misread.
	text = strings.Repeat("a", MaxText-1) + "ñ mañana"
	if got := Find(text, now, "es"); len(got) != 0 {
		t.Errorf("Find read past the limit:\n%s", spans(text, got))
	}
}
