#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A real SMTP server for the planner's Tell People test (test_gui_tell.cpp): aiosmtpd
(python3-aiosmtpd) on 127.0.0.1, each message it accepts written into DIR as N.eml, the port
written into DIR/port once it listens. Runs until SIGTERM (the test stops it).

    smtp_sink.py DIR
"""
import pathlib
import signal
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = self.folder / f"{self.count}.eml"
        path.write_bytes(envelope.original_content)
        (self.folder / f"{self.count}.rcpt").write_text("\n".join(envelope.rcpt_tos))
        return "250 Message accepted"


def main():
    folder = pathlib.Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    (folder / "port.tmp").write_text(str(port))
    (folder / "port.tmp").rename(folder / "port")
    try:
        stop.wait()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
