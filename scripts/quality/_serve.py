"""Serves a folder on 127.0.0.1 at a free port: prints the port on the first
line, then serves until killed or until its standard input closes, or after
--timeout seconds at most. Usage: python3 _serve.py DIR [--timeout S]"""
import argparse
import functools
import http.server
import sys
import threading


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


ap = argparse.ArgumentParser()
ap.add_argument("folder")
ap.add_argument("--timeout", type=float, default=1800)
args = ap.parse_args()
httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=args.folder))
threading.Thread(target=httpd.serve_forever, daemon=True).start()
print(httpd.server_address[1], flush=True)
done = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
done.wait(args.timeout)
httpd.shutdown()
