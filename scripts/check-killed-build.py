#!/usr/bin/env python3
"""A build killed half-way (SIGKILL) leaves no torn file, and the next build repairs the folder.

    check-killed-build.py LIGHTBOARD_BINARY

Generates two different content folders with bench/generate.py (an older one
with 3 quarters and 160 departments, a newer one with 4 quarters and 150
departments, so files are changed, added and removed) and builds each into a
reference folder. Then, repeatedly: the output folder is reset to the older
build plus a `.git` folder and a `CNAME` file, `lightboard build` of the newer
content starts over it and gets SIGKILL, at fixed delays and at moments just
after its scratch folder `.lightboard-tmp` appears (writing has begun). After
each kill every generated file must equal the older or the newer build's bytes,
`.git` and `CNAME` must be intact; after a kill that landed mid-write a normal
build must make the folder equal the newer reference build exactly.
Fails unless at least one kill landed mid-write, leaving old and new files mixed.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = ".lightboard-tmp"
MANIFEST = ".lightboard-manifest"
FOREIGN = {"CNAME": b"ratings.example\n", ".git/HEAD": b"ref: refs/heads/main\n"}
FIXED_DELAYS = [0.05, 0.15, 0.4]           # seconds after start
AFTER_WRITING_BEGINS = [0.0, 0.02, 0.06, 0.15, 0.3]   # seconds after .lightboard-tmp appears


def tree(folder):
    """{relative path: bytes} of every file under folder."""
    files = {}
    for parent, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, folder)] = f.read()
    return files


def build(binary, content, output):
    result = subprocess.run([binary, "build", "--content", content, "--templates", os.path.join(ROOT, "Templates"),
                             "--output", output], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"killed build: error: building {content} into {output} failed:\n{result.stderr}")


def reset(output, old_reference):
    shutil.rmtree(output, ignore_errors=True)
    shutil.copytree(old_reference, output)
    for path, data in FOREIGN.items():
        os.makedirs(os.path.dirname(os.path.join(output, path)), exist_ok=True)
        with open(os.path.join(output, path), "wb") as f:
            f.write(data)


def start_and_kill(binary, content, output, fixed_delay=None, after_writing_begins=None):
    """Starts a build, kills it; returns True if it was still running when killed."""
    process = subprocess.Popen([binary, "build", "--content", content, "--templates", os.path.join(ROOT, "Templates"),
                                "--output", output], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if fixed_delay is not None:
        time.sleep(fixed_delay)
    else:
        while process.poll() is None and not os.path.isdir(os.path.join(output, SCRATCH)):
            time.sleep(0.001)
        time.sleep(after_writing_begins)
    alive = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    return alive


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    binary = os.path.realpath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="killed-build-")
    try:
        old_content, new_content = os.path.join(work, "old-content"), os.path.join(work, "new-content")
        generate = [sys.executable, os.path.join(ROOT, "bench", "generate.py"), "--posts", "20000", "--check", "no"]
        subprocess.run(generate + [old_content, "--quarters", "3", "--departments", "160", "--seed", "7"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(generate + [new_content, "--quarters", "4", "--departments", "150"], check=True, stdout=subprocess.DEVNULL)
        old_reference, new_reference = os.path.join(work, "old"), os.path.join(work, "new")
        build(binary, old_content, old_reference)
        started = time.monotonic()
        build(binary, new_content, new_reference)
        build_seconds = time.monotonic() - started
        old, new = tree(old_reference), tree(new_reference)
        generated = set(old) | set(new)
        output = os.path.join(work, "Site")

        problems, mid_write, before_writing, finished = [], 0, 0, 0
        mixed = None  # (old files, new files) of the most mixed mid-write kill
        attempts = [dict(fixed_delay=d) for d in FIXED_DELAYS] + [dict(after_writing_begins=d) for d in AFTER_WRITING_BEGINS]
        for attempt in attempts:
            reset(output, old_reference)
            when = (f"{attempt['fixed_delay'] * 1000:.0f} ms after start" if "fixed_delay" in attempt
                    else f"{attempt['after_writing_begins'] * 1000:.0f} ms after writing began")
            alive = start_and_kill(binary, new_content, output, **attempt)
            after = tree(output)
            for path, data in FOREIGN.items():
                if after.pop(path, None) != data:
                    problems.append(f"killed {when}: {path} changed")
            after = {p: d for p, d in after.items() if not p.startswith(SCRATCH + os.sep)}
            kept_old = sum(1 for p, d in after.items() if p != MANIFEST and old.get(p) == d and new.get(p) != d)
            got_new = sum(1 for p, d in after.items() if p != MANIFEST and new.get(p) == d and old.get(p) != d)
            for path, data in sorted(after.items()):
                if path == MANIFEST:
                    listed = set(data.decode("utf-8").splitlines())
                    if not listed <= generated:
                        problems.append(f"killed {when}: {MANIFEST} lists files neither build produced")
                elif data != old.get(path) and data != new.get(path):
                    problems.append(f"killed {when}: {path} is torn ({len(data)} bytes; old {len(old.get(path, b''))}, "
                                    f"new {len(new.get(path, b''))})")
            if not alive:
                finished += 1
            elif got_new == 0 and after == old:
                before_writing += 1
            else:
                mid_write += 1
                if got_new and kept_old and (mixed is None or min(got_new, kept_old) > min(mixed)):
                    mixed = (kept_old, got_new)
            print(f"  killed {when}: {'still running' if alive else 'had finished'}, "
                  f"{kept_old} files old, {got_new} new, scratch folder {'left' if os.path.isdir(os.path.join(output, SCRATCH)) else 'absent'}")

            build(binary, new_content, output)
            repaired = tree(output)
            for path, data in FOREIGN.items():
                if repaired.pop(path, None) != data:
                    problems.append(f"after the repair build following the kill {when}: {path} changed")
            if repaired != new:
                differing = sorted(p for p in set(repaired) | set(new) if repaired.get(p) != new.get(p))
                problems.append(f"after the kill {when} the next build did not repair: {len(differing)} files differ "
                                f"from a clean build, e.g. {differing[:3]}")

        if mixed is None:
            problems.append("no kill landed mid-write with old and new files mixed: the test proved nothing "
                            f"(a full build takes {build_seconds:.1f} s)")
        for problem in problems:
            print(f"killed build: error: {problem}")
        if problems:
            print(f"killed build: {len(problems)} problems")
        else:
            print(f"killed build: {len(attempts)} kills of a {build_seconds:.1f} s build ({len(new)} files) over an older "
                  f"build ({len(old)} files): {before_writing} before writing, {mid_write} mid-write (up to {mixed[0]} old "
                  f"+ {mixed[1]} new files side by side), {finished} after finishing; no torn file, "
                  "each time the next build repaired the folder to equal a clean build")
        return 1 if problems else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
