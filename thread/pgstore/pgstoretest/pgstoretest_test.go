package pgstoretest

import "testing"

func TestWithDatabase(t *testing.T) {
	tests := []struct{ dsn, want string }{
		{"postgres://cartero@127.0.0.1:54329/cartero?sslmode=disable", "postgres://cartero@127.0.0.1:54329/t1?sslmode=disable"},
		{"postgresql://u:p%40ss@db.example/", "postgresql://u:p%40ss@db.example/t1"},
		{"postgres://db.example", "postgres://db.example/t1"},
		{"host=127.0.0.1 dbname=cartero user=cartero", "host=127.0.0.1 dbname=cartero user=cartero dbname=t1"},
	}
	for _, tc := range tests {
		if got := withDatabase(tc.dsn, "t1"); got != tc.want {
			t.Errorf("withDatabase(%q) = %q, want %q", tc.dsn, got, tc.want)
		}
	}
}

func TestSkips(t *testing.T) {
	t.Setenv(EnvDSN, "")
	ran := false
	t.Run("skipped", func(t *testing.T) {
		New(t)
		ran = true
	})
	if ran {
		t.Error("New did not skip without " + EnvDSN)
	}
}
