package classify

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
)

// A trained model is written as:
//
//	"CARTERO-CLASSIFY" magic, one version byte (1),
//	the smoothing and the weight as float64 bits, little-endian,
//	the number of types (4), then the documents of each type (uvarint),
//	the number of features (uvarint),
//	for each feature in increasing order of hash: the hash as a uvarint
//	delta from the previous one, then its count for each type (uvarint),
//	and a CRC-32 (IEEE) of everything before it, little-endian.
//
// The built-in knowledge is not written: it is part of the code.

const (
	modelMagic   = "CARTERO-CLASSIFY"
	modelVersion = 1
)

// ErrBadModel is returned by [Load] and [Model.UnmarshalBinary] for bytes
// that are not a model written by [Model.MarshalBinary], or that were
// damaged.
var ErrBadModel = errors.New("classify: malformed model")

// MarshalBinary writes what the model learned. A Model that learned
// nothing (the zero Model) gives a model with no features, which loads
// back as a Model with the built-in knowledge alone. MinConfidence is a
// setting of the host and is not written.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := &bayes{alpha: DefaultSmoothing, weight: 1}
	if m != nil && m.bayes != nil {
		b = m.bayes
	}
	out := make([]byte, 0, 64+len(b.hashes)*12)
	out = append(out, modelMagic...)
	out = append(out, modelVersion)
	out = binary.LittleEndian.AppendUint64(out, math.Float64bits(b.alpha))
	out = binary.LittleEndian.AppendUint64(out, math.Float64bits(b.weight))
	out = binary.AppendUvarint(out, numTypes)
	for _, d := range b.docs {
		out = binary.AppendUvarint(out, uint64(d))
	}
	out = binary.AppendUvarint(out, uint64(len(b.hashes)))
	var prev uint64
	for i, h := range b.hashes {
		out = binary.AppendUvarint(out, h-prev)
		prev = h
		for _, c := range b.counts[i] {
			out = binary.AppendUvarint(out, uint64(c))
		}
	}
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(out)), nil
}

// UnmarshalBinary reads a model written by MarshalBinary into m, keeping
// m's MinConfidence. On error m is unchanged.
func (m *Model) UnmarshalBinary(data []byte) error {
	b, err := decodeBayes(data)
	if err != nil {
		return err
	}
	if len(b.hashes) == 0 && b.docs == [numTypes]uint32{} {
		m.bayes = nil
		return nil
	}
	m.bayes = b
	return nil
}

// Load reads a model written by [Model.MarshalBinary].
func Load(data []byte) (*Model, error) {
	m := new(Model)
	if err := m.UnmarshalBinary(data); err != nil {
		return nil, err
	}
	return m, nil
}

// decodeBayes reads the learned part of a model.
func decodeBayes(data []byte) (*bayes, error) {
	bad := func(what string) error { return fmt.Errorf("%w: %s", ErrBadModel, what) }
	if len(data) < len(modelMagic)+1+16+4 || string(data[:len(modelMagic)]) != modelMagic {
		return nil, bad("not a Cartero classify model")
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, bad("checksum mismatch")
	}
	p := body[len(modelMagic):]
	if p[0] != modelVersion {
		return nil, bad(fmt.Sprintf("version %d, want %d", p[0], modelVersion))
	}
	p = p[1:]
	b := &bayes{
		alpha:  math.Float64frombits(binary.LittleEndian.Uint64(p)),
		weight: math.Float64frombits(binary.LittleEndian.Uint64(p[8:])),
	}
	p = p[16:]
	if !(b.alpha > 0 && b.alpha < 1e6) || !(b.weight > 0 && b.weight < 1e6) {
		return nil, bad("smoothing or weight out of range")
	}
	uv := func() (uint64, bool) {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			return 0, false
		}
		p = p[n:]
		return v, true
	}
	if n, ok := uv(); !ok || n != numTypes {
		return nil, bad("wrong number of types")
	}
	for t := range b.docs {
		v, ok := uv()
		if !ok || v > math.MaxUint32 {
			return nil, bad("document counts")
		}
		b.docs[t] = uint32(v)
	}
	n, ok := uv()
	// Each feature takes at least 1+numTypes bytes.
	if !ok || n > uint64(len(p))/(1+numTypes) {
		return nil, bad("feature count")
	}
	b.hashes = make([]uint64, n)
	b.counts = make([][numTypes]uint32, n)
	var prev uint64
	for i := range b.hashes {
		d, ok := uv()
		if !ok || (i > 0 && d == 0) || prev+d < prev {
			return nil, bad("feature hashes")
		}
		prev += d
		b.hashes[i] = prev
		for t := range b.counts[i] {
			v, ok := uv()
			if !ok || v > math.MaxUint32 {
				return nil, bad("feature counts")
			}
			b.counts[i][t] = uint32(v)
		}
	}
	if len(p) != 0 {
		return nil, bad("trailing bytes")
	}
	b.finish()
	return b, nil
}
