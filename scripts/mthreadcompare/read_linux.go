//go:build linux

package main

import "syscall"

// On Linux, files are read with the system calls directly, and opened by
// their name in an open descriptor of their folder: an os.File costs five
// more calls per file (poller registration and its undoing), which is a
// third of the time on a Maildir of small files, and opening by name in a
// folder spares the kernel the walk along the whole path.

// openDir opens the folder at path for opening files in it.
func openDir(path string) (int, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return -1, &pathError{"open", path, err}
	}
	return fd, nil
}

func closeDir(fd int) { syscall.Close(fd) }

// readHeader reads f into buf until the end of its header (or of the
// file), growing buf when needed, and returns what it read and the
// buffer.
func readHeader(f file, buf []byte) ([]byte, []byte, error) {
	fd, err := syscall.Openat(f.dir, f.name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, buf, &pathError{"open", f.path, err}
	}
	defer syscall.Close(fd)
	n := 0
	for {
		if n == len(buf) {
			buf = append(buf, make([]byte, len(buf))...)
		}
		k, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, buf, &pathError{"read", f.path, err}
		}
		if k == 0 {
			return buf[:n], buf, nil
		}
		n += k
		if headerEnd(buf[:n]) {
			return buf[:n], buf, nil
		}
	}
}
