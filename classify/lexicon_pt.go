package classify

// portugueseCues is how customers write in Portuguese, in Brazil and in
// Portugal: "você" and "tu", "celular" and "telemóvel", "boleto" and
// "referência multibanco".
var portugueseCues = table{
	lang:     "pt",
	negators: "nao nem nunca jamais nada nenhum nenhuma ninguem sem tampouco sequer",
	entries: []entry{
		// Dissatisfaction said outright.
		{cComplaint, 3, "inaceitavel|inadmissivel|absurdo|absurda|vergonha|uma vergonha|vergonhoso|vergonhosa|" +
			"ridiculo|ridicula|falta de respeito|desrespeito|descaso|pessimo|pessima|horrivel|terrivel|" +
			"o pior|a pior|decepcionad*|decepcao|decepcionante|insatisfeit*|indignad*|indignacao|revoltad*|" +
			"revoltante|irritad*|chatead*|furios*|frustrad*|frustrante|farto|farta|fartos|cansad* de|" +
			"reclamacao|reclamacoes|reclamar|reclamo|reclame aqui|reclameaqui|procon|livro de reclamacoes|" +
			"deco|anatel|aneel|advogado|processo|processar|justica|golpe|fraude|roubo|roubad*|enganad*|" +
			"enganacao|abusivo|abusiva|abuso|palhacada|piada|lamentavel|pessimo atendimento|mau atendimento|" +
			"pessimo servico|mau servico|pessima experiencia|pessima qualidade|pouco profissional|" +
			"amador|amadorismo|descaso total|nunca mais|me arrependo|arrependid*|desastre|um absurdo|" +
			"grosseir*|mal educad*|mal-educad*|malcriad*|estou chatead*|estou muito chatead*|desgosto|" +
			"inacreditavel|incompetencia|incompetent*|obrigado por nada|obrigada por nada|inutil|inuteis|" +
			"nojento|nojo|desrespeitos*|nao vou pagar|nao pago|me recuso a pagar|desligam na minha cara|" +
			"desligaram na minha cara|propaganda enganosa|publicidade enganosa|enganos*|por que me cobr*|" +
			"porque me cobraram|perdendo a paciencia|perder a paciencia|perdi a paciencia|to farto|estou farto|" +
			"vou mudar de operadora|vou cancelar tudo|que tipo de|resolvam isso|resolvam isto|me sinto enganad*"},
		// Dissatisfaction hinted at, frustration with time and repeats,
		// blame, broken promises, demands that presume a grievance.
		{cComplaint, 2, "uma explicacao|alguem me explique|alguem me explicasse|que me expliquem|" +
			"continua sem|continuam sem|" +
			"depois de _ chamadas|depois de _ ligacoes|apesar de pedir|nao acho razoavel|nao e razoavel|" +
			"liguei ## vezes|liguei _ vezes|ja liguei|" +
			"ninguem sabe|ninguem informa|de uma vez|nunca pedi|eu nao pedi|nao solicitei|impossivel|" +
			"nao e normal|nao e possivel|nao pode ser|nao da|como e possivel|como pode|ate quando|" +
			"quantas vezes|de novo|novamente|outra vez|mais uma vez|terceira vez|segunda vez|quarta vez|" +
			"varias vezes|mil vezes|continuo esperando|continuo a espera|continuo a aguardar|continuo sem|" +
			"ate agora nada|ate hoje nada|ate agora|ate hoje|ainda estou a espera|ainda estou esperando|" +
			"nao posso continuar esperando|nao posso continuar a esperar|nao posso esperar mais|" +
			"nao podemos esperar mais|" +
			"ninguem responde|ninguem me|ninguem resolve|ninguem atende|ninguem avisou|sem resposta|nenhuma resposta|" +
			"sem solucao|nenhuma solucao|sem retorno|nenhum retorno|nunca retornaram|desligaram|" +
			"ha ## dias|ha ## semanas|ha ## meses|ha mais de|faz ## dias|faz ## semanas|faz mais de|ja faz|ja sao|" +
			"exijo|exigo|exijo que|quero meu dinheiro|quero o meu dinheiro|meu dinheiro de volta|" +
			"o meu dinheiro de volta|indenizacao|compensacao|" +
			"sem aviso|sem aviso previo|sem avisar|sem me avisar|sem nos avisar|sem notificacao|" +
			"sem nenhuma explicacao|sem qualquer explicacao|esperava mais|esperava melhor|nem sequer|sequer|" +
			"ainda por cima|pra piorar|para piorar|por culpa de|culpa de voces|culpa vossa|erro de voces|erro vosso|" +
			"a culpa nao foi minha|a culpa nao e minha|" +
			"nao foi culpa minha|nao e culpa minha|promessa|" +
			"prometeram|me prometeram|prometido|nao cumprem|nao cumpriram|descumpr*|incumpr*|mentira|" +
			"mentiram|enrolando|enrolacao|empurrando|me empurram|jogo de empurra|falso|falsa"},
		// Dissatisfaction hedged.
		{cComplaint, 1, "infelizmente|lamentavelmente|com todo o respeito|com todo respeito|" +
			"fiquei surpres*|me surpreende|surpreendid*"},

		// A failure told as a fact: a wrong charge, the service or the
		// product failing, a delay. A clear one counts 2; one an inquiry
		// may mention in passing, 1.
		{cFailure, 2, "cheg* .. partid*|cheg* .. quebrad*|cheg* .. danificad*|cheg* .. com defeito|veio .. partid*|" +
			"veio .. quebrad*|veio .. danificad*|veio .. com defeito|continuam a cobrar|continuam cobrando|" +
			"continuam a faturar|" +
			"cobranca indevida|cobrancas indevidas|cobranca duplicada|cobrad* .. duas vezes|cobrad* em dobro|" +
			"cobraram .. duas vezes|cobraram em dobro|debitad* .. duas vezes|em duplicado|valor errado|" +
			"valor indevido|sem autorizacao|sem a minha autorizacao|sem minha autorizacao|nao autorizei|" +
			"por engano|por erro|foi um erro|parece um erro|e um erro|um engano|" +
			"## dias de atraso|dias de atraso|semanas de atraso|uma semana de atraso"},
		{cFailure, 1, "nao funciona|nao funcionam|parou de funcionar|deixou de funcionar|nao serve|" +
			"quebrad*|partid*|danificad*|avariad*|estragad*|defeito|com defeito|defeituos*|produto errado|" +
			"errad*|incorret*|atraso|atrasos|atrasad*|demora|demorou|demoram|demorad*|nunca chegou|" +
			"nao chegou|ainda nao chegou|nao recebi|ainda nao recebi|perdid*|extraviad*|cancelaram|cortaram|" +
			"corte|cobraram|me cobraram|cobrado|erro|erros|problema|problemas|ainda nao|" +
			"" +
			"nao consigo entrar|nao consigo acessar|nao me deixa|continua igual|nao avanca|travad*|travou"},

		// Redress: it counts in a message of grievance.
		{cRedress, 2, "reembolso|reembolsar|estorno|estornar|estornem|devolvam|devolucao do dinheiro|" +
			"devolucao do valor|devolver o valor|o valor de volta|ressarcimento|ressarcir|substituicao|" +
			"substituir|reposicao|troca por outro|trocar por outro|cancelamento da cobranca|cancelar a cobranca"},
		{cRedress, 1, "devolucao|devolver|resolvam"},

		// Set phrases whose words are no cues.
		{cPhrase, 0, "sem problema|nenhum problema|nao tem problema|a partida|da partida|de partida"},

		// Satisfaction. Negated ("nada satisfeito"), it counts for a
		// complaint.
		{cPositive, 2, "satisfeit*|content*|feliz|felizes|otimo|otima|excelente|perfeito|perfeita|" +
			"maravilhos*|fantastic*|espetacular|muito bom|muito boa|bom atendimento|bom servico|" +
			"otimo atendimento|atendimento excelente|gostei|adorei|amei|recomendo|aceitavel|resolvido|" +
			"resolvida|funcionou|funciona bem|impecavel|nota dez|atencios*|prestativ*|simpatic*"},
		{cPositive, 1, "obrigado|obrigada|muito obrigado|muito obrigada|agradeco|bom|boa|rapid*|eficiente|eficaz"},

		// Requests and questions. What they are about ("encomenda",
		// "fatura", "conta") is no evidence: an inquiry asks.
		{cInquiry, 2, "gostaria de saber|gostaria|queria saber|quero saber|preciso saber|queria perguntar|" +
			"uma pergunta|uma duvida|tenho uma duvida|tenho duvidas|duvida|duvidas|poderiam|podem|pode|" +
			"poderia|podiam|podia|conseguem|consegue|como faco|como posso|como devo|como se|" +
			"o que devo|o que preciso|quanto custa|quanto fica|quanto sai|quanto tempo|quando chega|" +
			"quando vou|quando posso|onde posso|onde esta|onde fica|qual e|qual o|quais sao|quais os|" +
			"tem como|teria como|e possivel|seria possivel|existe a possibilidade|preciso|precisava|" +
			"necessito|solicito|solicitar|solicitacao|me informar|me informem|" +
			"me enviar|me enviem|me mandem|me ajudar|me ajudem|por gentileza|" +
			"se faz favor|se possivel|agradecia|agradeceria|saber se|para saber|confirmem|" +
			"gostava de saber|gostava de|peco|pedimos|solicitamos|ficaria grato|ficaria grata"},
		{cInquiry, 1, "por favor|pf|informar|enviar|mandar|ajudar|confirmar|verificar|alterar|mudar|" +
			"atualizar|cancelar|agendar|marcar|reservar|trocar|informacao|informacoes"},

		// Scores, ratings and survey answers.
		{cSurvey, 4.5, "dou nota #|dou um #|dou #|daria um #|dou # estrelas|# de 10|# em 10|# / 10|# de 5|" +
			"# em 5|# estrelas|# estrela|# pontos"},
		{cSurvey, 3, "dou nota|daria nota|minha nota|a minha nota|nota # |avalie|avalie o|avalie a|avalie sua|" +
			"como foi|conte como|a sua opiniao|voce nos recomendaria|" +
			"de 0 a 10|de 1 a 10|de 1 a 5|pesquisa de satisfacao|inquerito de satisfacao|inquerito|" +
			"questionario|nps"},
		{cSurvey, 2, "avaliacao|avaliar|avalio|avaliaria|classificacao|classifico|classificaria|pontuacao|" +
			"pesquisa|recomendaria|recomendo voces|recomendo a|satisfacao|sua opiniao|minha opiniao|opiniao|" +
			"sua experiencia|pergunta 1|pergunta 2|resposta 1|* * *"},
		{cSurvey, 1, "nota|minha experiencia|experiencia|sugestao|sugestoes|melhorar|poderiam melhorar|melhoria"},

		// Thanks, acknowledgements, a problem solved: what a message is
		// when it asks for nothing; in one that asks, politeness.
		{cThanks, 2, "obrigado por tudo|obrigada por tudo|obrigado pela ajuda|obrigada pela ajuda|" +
			"obrigado pelo retorno|obrigada pelo retorno|obrigado pela rapidez|obrigada pela rapidez|" +
			"ja foi resolvido|ja esta resolvido|ja resolvi|ja chegou|ja recebi|chegou hoje|tudo certo|" +
			"tudo ok|tudo resolvido|recebido|entendido|combinado|perfeito obrigado|perfeito obrigada"},

		// Greetings, marketing, spam and misdirected mail.
		{cOther, 2, "clique aqui|oferta exclusiva|promocao|desconto exclusivo|seo|criptomoeda*|bitcoin|" +
			"investimento seguro|voce ganhou|ganhou|parabens|premio|feliz natal|boas festas|feliz ano novo|" +
			"parceria|proposta comercial|nossos servicos|os nossos servicos|oferecemos|descadastrar|" +
			"marketing|agencia de|aumentar as vendas|aumentar suas vendas|vendas online|marcar uma conversa|" +
			"primeiro mes gratis|desculpem o incomodo|desculpe o incomodo|nao era para voces|" +
			"ignorem o meu e-mail"},

		// The business speaking to its customer: an apology in its name,
		// thanks for writing, an action it reports, its closing. A
		// message with two of them is the business's reply.
		{cService, 1.5, "pedimos desculpas|pedimos desculpa|lamentamos|nossas desculpas|desculpe o transtorno|" +
			"desculpe pelo transtorno|pelo transtorno|sentimos muito|agradecemos o contato|agradecemos o seu contato|" +
			"agradecemos o contacto|agradecemos o seu contacto|agradecemos a sua mensagem|agradecemos|" +
			"verificamos que|confirmamos que|ja abrimos|" +
			"informamos que|permanecemos a disposicao|ficamos a disposicao|estamos a disposicao|" +
			"tem razao|prezado cliente|prezada cliente|caro cliente|cara cliente"},

		// Urgency.
		{cUrgent, 2, "urgente|urgentemente|urgencia|o mais rapido possivel|o quanto antes|quanto antes|" +
			"imediatamente|hoje mesmo|ainda hoje|sem luz|sem energia|sem internet|sem servico|sem sinal|" +
			"sem agua|sem gas|emergencia|critico|bloquead*|nao consigo trabalhar|com urgencia|asap|" +
			"ate amanha|ate sexta"},
	},
}
