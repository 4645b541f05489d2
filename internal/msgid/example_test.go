package msgid_test

import (
	"fmt"

	"github.com/cartero/cartero/internal/msgid"
)

func ExampleParseList() {
	refs := "<a1@example.com> <b2@example.com>\r\n <a1@example.com><c3@\r\n example.com>"
	fmt.Println(msgid.ParseList(refs))

	inReplyTo := `Your message of "Mon, 23 Nov 2026 10:15:00 +0100" <d4@example.com>`
	fmt.Println(msgid.ParseList(inReplyTo))
	// Output:
	// [a1@example.com b2@example.com c3@example.com]
	// [d4@example.com]
}

func ExampleParse() {
	id := msgid.Parse(" <CAKxyz+q=ABC@mail.gmail.com> (added by relay)")
	fmt.Println(id, msgid.Format(id))
	// Output: CAKxyz+q=ABC@mail.gmail.com <CAKxyz+q=ABC@mail.gmail.com>
}
