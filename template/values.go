package template

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cartero/cartero/template/intl"
)

// toTime reads a time.Time, a *time.Time or an RFC 3339 string (or a
// date alone, "2026-11-24", taken as midnight UTC).
func toTime(x any) (time.Time, error) {
	switch v := x.(type) {
	case time.Time:
		return v, nil
	case *time.Time:
		if v != nil {
			return *v, nil
		}
	case string:
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			return t, nil
		}
		if t, err := time.Parse(time.DateOnly, v); err == nil {
			return t, nil
		}
		return time.Time{}, fmt.Errorf("%w: time %q is not RFC 3339", ErrValue, v)
	}
	return time.Time{}, fmt.Errorf("%w: %T is not a time", ErrValue, x)
}

// toDecimal reads integers, decimal strings, intl.Decimal and
// json.Number. Floats are written with the fewest digits that read back
// as the same float, which is exact for counts.
func toDecimal(x any) (intl.Decimal, error) {
	var s string
	switch v := x.(type) {
	case intl.Decimal:
		return v, nil
	case *intl.Decimal:
		if v == nil {
			return intl.Decimal{}, fmt.Errorf("%w: nil number", ErrValue)
		}
		return *v, nil
	case int:
		s = strconv.FormatInt(int64(v), 10)
	case int8:
		s = strconv.FormatInt(int64(v), 10)
	case int16:
		s = strconv.FormatInt(int64(v), 10)
	case int32:
		s = strconv.FormatInt(int64(v), 10)
	case int64:
		s = strconv.FormatInt(v, 10)
	case uint:
		s = strconv.FormatUint(uint64(v), 10)
	case uint8:
		s = strconv.FormatUint(uint64(v), 10)
	case uint16:
		s = strconv.FormatUint(uint64(v), 10)
	case uint32:
		s = strconv.FormatUint(uint64(v), 10)
	case uint64:
		s = strconv.FormatUint(v, 10)
	case float32:
		s = strconv.FormatFloat(float64(v), 'f', -1, 32)
	case float64:
		s = strconv.FormatFloat(v, 'f', -1, 64)
	case json.Number:
		s = string(v)
	case string:
		s = strings.TrimSpace(v)
	default:
		return intl.Decimal{}, fmt.Errorf("%w: %T is not a number", ErrValue, x)
	}
	d, err := intl.ParseDecimal(s)
	if err != nil {
		return intl.Decimal{}, fmt.Errorf("%w: %v", ErrValue, err)
	}
	return d, nil
}

// toMoney reads an intl.Money or a string with an amount and an ISO 4217
// code in either order ("1234.50 EUR", "EUR 1234.50"). Floats are
// refused: money is never a float.
func toMoney(x any) (intl.Money, error) {
	switch v := x.(type) {
	case intl.Money:
		return v, nil
	case *intl.Money:
		if v != nil {
			return *v, nil
		}
	case string:
		f := strings.Fields(v)
		if len(f) == 2 {
			amount, code := f[0], f[1]
			if isCode(amount) {
				amount, code = code, amount
			}
			m, err := intl.ParseMoney(amount, code)
			if err != nil {
				return intl.Money{}, fmt.Errorf("%w: %v", ErrValue, err)
			}
			return m, nil
		}
		return intl.Money{}, fmt.Errorf("%w: money %q is not \"<amount> <currency>\"", ErrValue, v)
	}
	return intl.Money{}, fmt.Errorf("%w: %T is not money", ErrValue, x)
}

func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// toStrings reads a list of items: []string, []any (each printed), or a
// single string as a list of one.
func toStrings(x any) ([]string, error) {
	switch v := x.(type) {
	case []string:
		return v, nil
	case []any:
		out := make([]string, len(v))
		for i, e := range v {
			out[i] = fmt.Sprint(e)
		}
		return out, nil
	case string:
		return []string{v}, nil
	case nil:
		return nil, nil
	}
	return nil, fmt.Errorf("%w: %T is not a list", ErrValue, x)
}
