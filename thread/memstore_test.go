package thread_test

import (
	"testing"

	"github.com/cartero/cartero/thread"
	"github.com/cartero/cartero/thread/threadtest"
)

func TestMemStore(t *testing.T) {
	threadtest.TestStore(t, func() thread.Store { return new(thread.MemStore) })
}
