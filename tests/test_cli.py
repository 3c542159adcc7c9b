import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.lexicon.loader import load_lexicon
from pipeline.runner import YOUNG_GENERATION_THRESHOLD
from pipeline.tables import TABLES
from tests.conftest import PROJECT_ROOT
from tests.helpers import MINI_DICTIONARIES

GOOD = {"name": "甲病", "desc": "呈弥漫性色素沉着(93%)，并有多毛。"}


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    (folder / "broken.json").write_text('{"name": "乙病", "desc": ', encoding="utf-8")
    return folder


def run_cli(*args):
    return main(["run", *map(str, args), "--dictionaries", str(MINI_DICTIONARIES), "--no-progress"])


def test_one_broken_file_is_reported_and_the_rest_is_written(batch, tmp_path, capsys):
    out = tmp_path / "out"
    assert run_cli(batch, "--out", out) == 1
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert mentions["text"].tolist() == ["弥漫性色素沉着", "多毛"]
    errors = pd.read_csv(out / "errors.csv")
    assert errors["file"].str.endswith("broken.json").all() and errors["message"].str.startswith("[E002]").all()
    err = capsys.readouterr().err
    assert "broken.json" in err and "errors: 1" in err and "Traceback" not in err


def test_a_run_with_dictionaries_of_ones_own_says_they_replace_the_shipped_ones(batch, tmp_path, capsys):
    (batch / "broken.json").unlink()
    assert run_cli(batch, "--out", tmp_path / "out") == 0
    n_terms = len(load_lexicon(MINI_DICTIONARIES).entries)
    assert f"dictionaries: {MINI_DICTIONARIES} ({n_terms} terms, in place of the shipped ones)" in capsys.readouterr().err


def test_clean_run_exits_zero_and_writes_every_table_in_both_formats(batch, tmp_path):
    (batch / "broken.json").unlink()
    out = tmp_path / "out"
    assert run_cli(batch, "--out", out) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([*(f"{t}.{f}" for t in TABLES for f in ("csv", "parquet")), "manifest.json"])


def test_format_option_limits_what_is_written(batch, tmp_path):
    out = tmp_path / "out"
    run_cli(batch, "--out", out, "--format", "parquet")
    assert {p.suffix for p in out.iterdir() if p.name != "manifest.json"} == {".parquet"}


def test_a_format_named_twice_is_written_once_and_leaves_no_temporary_file(batch, tmp_path):
    out = tmp_path / "out"
    run_cli(batch, "--out", out, "--format", "csv,csv")
    assert sorted(p.name for p in out.iterdir()) == sorted([*(f"{t}.csv" for t in TABLES), "manifest.json"])


@pytest.mark.parametrize(
    "args",
    [
        ["run", "/definitely/not/here"],
        ["run", "seeds", "--format", "xlsx"],
        ["run", "seeds", "--dictionaries", "/definitely/not/here"],
        ["run", "seeds", "--out", ""],  # an unset shell variable: it wrote into the current folder
    ],
)
def test_usage_errors_exit_2_with_one_line_and_no_traceback(args, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: [E0")


def test_an_unexpected_error_exits_3_with_one_line_and_no_traceback(batch, tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("pipeline.runner.run_batch", broken)
    assert run_cli(batch, "--out", tmp_path / "out") == 3  # not 1: that says the tables were written
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("error: [E224]") and "RuntimeError: boom" in line


def test_unwritable_output_folder_exits_2(batch, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert run_cli(batch, "--out", blocker / "out") == 2
    assert "[E012]" in capsys.readouterr().err
    assert run_cli(batch, "--out", blocker) == 2  # UX review (2026-12-04): it said "File exists"
    assert f"[E012] cannot write to output directory {blocker}: it is a file, not a folder" in capsys.readouterr().err


def test_help_explains_commands_environment_and_exit_status():
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=True)
    assert "run" in result.stdout and "exit status" in result.stdout
    assert "ZH_MED_DICTIONARIES" in result.stdout and "ZH_MED_CACHE" in result.stdout


def test_schema_prints_every_table():
    result = subprocess.run([sys.executable, "-m", "pipeline", "schema"], capture_output=True, text=True, check=True)
    for table in TABLES:
        assert f"`{table}`" in result.stdout


def test_verbose_flag_may_come_after_the_command_too(batch, tmp_path):
    (batch / "broken.json").unlink()
    args = ["run", str(batch), "--out", str(tmp_path / "out"), "--dictionaries", str(MINI_DICTIONARIES), "--no-progress", "-v"]
    assert main(args) == 0


def test_verbose_flag_may_come_before_the_default_command(batch, tmp_path):
    (batch / "broken.json").unlink()
    args = ["-v", str(batch), "--out", str(tmp_path / "out"), "--dictionaries", str(MINI_DICTIONARIES), "--no-progress"]
    assert main(args) == 0
    assert (tmp_path / "out" / "mentions.csv").exists()


def test_an_empty_format_list_is_a_usage_error(capsys):
    assert main(["run", "seeds", "--format", ""]) == 2
    assert "[E013]" in capsys.readouterr().err


def test_help_and_schema_do_not_import_pandas_or_spacy():
    script = "import sys; from pipeline.cli import main; main(['schema']); print(sorted({'pandas', 'spacy'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "[]"
    assert "| `record_id` | string |" in result.stdout


def test_zh_med_dictionaries_points_the_run_at_a_copy_of_the_data(tmp_path):
    data = tmp_path / "dictionaries"
    shutil.copytree(PROJECT_ROOT / "dictionaries", data)
    with (data / "context_rules.tsv").open("a", encoding="utf-8") as rules:
        rules.write("寥见\trare\tforward\tour team\t\t\n")
    (tmp_path / "in.json").write_text(json.dumps({"name": "甲病", "desc": "寥见发热。"}, ensure_ascii=False), encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "run", str(tmp_path / "in.json"), "--out", str(tmp_path / "out"), "--no-progress"]
    for home, expected in ((None, "present"), (data, "rare")):
        env = {**os.environ, "ZH_MED_DICTIONARIES": str(home)} if home else {k: v for k, v in os.environ.items() if k != "ZH_MED_DICTIONARIES"}
        result = subprocess.run(command, env=env, check=True, capture_output=True, text=True, cwd=PROJECT_ROOT)
        mentions = pd.read_csv(tmp_path / "out" / "mentions.csv")
        assert mentions.loc[mentions["text"] == "发热", "assertion"].tolist() == [expected]
        # new-user walkthrough (2026-12): the summary named a --dictionaries folder, not this one
        summary = [line for line in result.stderr.splitlines() if line.startswith("dictionaries:")]
        if home:
            [line] = summary
            assert line.startswith(f"dictionaries: {data} (") and line.endswith(" terms and every data file, from ZH_MED_DICTIONARIES)")
        else:
            assert summary == []


def test_called_from_python_the_run_leaves_the_garbage_collector_alone(batch, tmp_path):
    (batch / "broken.json").unlink()
    frozen, thresholds = gc.get_freeze_count(), gc.get_threshold()
    assert run_cli(batch, "--out", tmp_path / "out") == 0
    assert (gc.get_freeze_count(), gc.get_threshold()) == (frozen, thresholds)


def test_as_a_program_the_run_collects_garbage_less_often(tmp_path):
    probe = (
        "import gc, sys, pipeline.runner as runner\n"
        "seen = []\n"
        "real = runner.run_batch\n"
        "def spy(*args, **kwargs):\n"
        "    seen.append(gc.get_threshold()[0])\n"
        "    return real(*args, **kwargs)\n"
        "runner.run_batch = spy\n"
        "from pipeline.cli import main\n"
        "code = main()\n"
        "print(seen)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "run", str(PROJECT_ROOT / "seeds"), "--out", str(tmp_path / "out"), "--no-progress"],
        capture_output=True, text=True, cwd=PROJECT_ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [f"[{YOUNG_GENERATION_THRESHOLD}]"]


def test_the_summary_points_at_the_errors_table_that_was_written(batch, tmp_path, capsys):
    assert run_cli(batch, "--out", tmp_path / "out", "--format", "parquet") == 1
    assert f"errors: 1 (see {tmp_path / 'out' / 'errors.parquet'})" in capsys.readouterr().err


def test_called_from_python_the_run_leaves_signal_handlers_alone(batch, tmp_path):
    (batch / "broken.json").unlink()
    before = signal.getsignal(signal.SIGPIPE)
    assert run_cli(batch, "--out", tmp_path / "out") == 0
    assert signal.getsignal(signal.SIGPIPE) == before


def test_as_a_program_schema_piped_into_head_ends_quietly():
    result = subprocess.run(f"{sys.executable} -m pipeline schema | head -1", shell=True, capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.stdout.startswith("####") and "BrokenPipe" not in result.stderr


def stopped_run(tmp_path, stop, *options):
    """A run over 2,000 records stopped by ``stop(process)`` once it has begun writing its tables,
    in an output folder holding an earlier ``records.csv``: the process and its stderr. (400
    records once ran to the end before the poll saw a temporary table, on a loaded machine.)"""
    seed = json.loads((PROJECT_ROOT / "seeds" / "poems_syndrome.json").read_text(encoding="utf-8"))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({**seed, "name": f"病{i}"}, ensure_ascii=False) + "\n" for i in range(2000)), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "records.csv").write_text("previous\n", encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--no-progress", *options]
    # the run starts with Ctrl-C at its default, whatever an earlier test left in this process: an ignored
    # SIGINT is inherited across exec, and Python then never raises KeyboardInterrupt (the run went on to
    # the end, with an empty stderr, in two full runs of the suite)
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".tmp") for p in out.iterdir()) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the run has begun writing its tables
    assert process.poll() is None, "the run ended before it could be stopped"
    stop(process)
    _, err = process.communicate(timeout=60)
    return process, err


def test_a_killed_run_keeps_the_previous_tables_and_leaves_no_temporary_file(tmp_path):
    process, err = stopped_run(tmp_path, lambda process: process.send_signal(signal.SIGTERM))
    assert process.returncode == 143, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["records.csv"]
    assert (tmp_path / "out" / "records.csv").read_text(encoding="utf-8") == "previous\n"


@pytest.mark.parametrize("argv", [["--version"], ["-v", "--version"]])
def test_version_prints_the_packages_version_and_exits_zero(argv, capsys):
    import pipeline

    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"zh-med-pipeline {pipeline.__version__}\n"


def test_ctrl_c_with_workers_prints_one_line_and_keeps_the_previous_tables(tmp_path):
    # UX review (2026-12-04): Ctrl-C printed the tracebacks of the main process and of each worker;
    # a terminal sends it to the whole process group
    process, err = stopped_run(tmp_path, lambda process: os.killpg(process.pid, signal.SIGINT), "--workers", "2")
    assert process.returncode == 130, err
    assert "[E036]" in err and "Traceback" not in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["records.csv"]


def test_a_mistyped_command_is_named_as_such(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["shema"]) == 2
    assert "[E035] unknown command 'shema' (no such input path either); did you mean 'schema'?" in capsys.readouterr().err
    (tmp_path / "shema").mkdir()  # a folder of that name is an input, as written
    assert main(["shema", "--no-progress"]) == 2
    assert "[E011]" in capsys.readouterr().err


def test_the_default_command_runs_the_shipped_seeds_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--no-progress", "--dictionaries", str(MINI_DICTIONARIES), "--format", "CSV"]) == 0  # CSV is csv
    assert pd.read_csv(tmp_path / "outputs" / "records.csv")["disease"].tolist() == ["POEMS综合征"]


def test_a_run_that_finds_no_record_says_so(tmp_path, capsys):
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    assert run_cli(tmp_path / "empty.json", "--out", tmp_path / "out") == 0
    assert "warning: [E037] no records found in" in capsys.readouterr().err


def test_zh_med_dictionaries_naming_no_folder_is_one_line_even_for_a_folder_of_inputs(tmp_path):
    # code review (2026-12-04): reading the folder's CSV headers came first and ended in E224
    import os
    import subprocess
    import sys

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.csv").write_text("疾病名称,疾病描述\n感冒,感冒是常见病。\n", encoding="utf-8")
    env = {**os.environ, "ZH_MED_DICTIONARIES": str(tmp_path / "none")}
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(tmp_path / "in"), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.strip().startswith("error: [E039]")


def test_in_a_terminal_log_lines_start_a_line_and_the_bar_counts_what_the_summary_counts(tmp_path, monkeypatch):
    # new-user walkthrough (2026-12): `ERROR: [E003] …` was printed onto the bar's line, and the bar
    # ended at 3 records for a JSON Lines file of two records and a broken line
    import io
    import re

    import pipeline.runner as runner

    records = tmp_path / "sle.jsonl"
    good = json.dumps(GOOD, ensure_ascii=False)
    records.write_text(f'{good}\n{{"name": "乙病", "desc": "\n{good}\n', encoding="utf-8")

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    counts = []

    class Bar(runner.tqdm):
        def close(self):
            counts.append(self.n)
            super().close()

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(runner, "tqdm", Bar)
    assert main(["run", str(records), "--out", str(tmp_path / "out"), "--dictionaries", str(MINI_DICTIONARIES)]) == 1
    shown = terminal.getvalue()
    assert "record/s]" in shown or "records/s]" in shown  # the bar was drawn
    logged = [m.start() for m in re.finditer(r"(ERROR|WARNING|INFO): ", shown)]
    assert logged and all(at == 0 or shown[at - 1] in "\r\n" for at in logged), shown
    assert re.search(r"[\r\n]records: 2\n", shown) and set(counts) == {2}  # the bar's last count: 2, not 3


def test_notes_on_a_folders_skipped_files_only_with_v(tmp_path, capsys):
    # new-user walkthrough (2026-12): the README says "shown with -v", yet they printed at INFO,
    # dozens of them before the one-line usage error of a folder holding no records
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("words.txt", "drugs.txt", "people.csv"):
        (folder / name).write_text("头痛\n发热\n", encoding="utf-8")
    assert run_cli(folder, "--out", tmp_path / "out") == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: [E011] no input files (*.json, *.jsonl, *.txt, *.csv, *.tsv, each maybe .gz, *.parquet) found under {folder}; 3 skipped as "
        "holding no records (drugs.txt, people.csv, words.txt): name a JSON or CSV file to read it anyway"
    ]
    (folder / "good.json").write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    assert run_cli(folder, "--out", tmp_path / "out") == 0
    assert "skipped" not in capsys.readouterr().err
    assert run_cli(folder, "--out", tmp_path / "out", "-v") == 0
    assert "DEBUG: " + str(folder / "words.txt") + " skipped: no JSON" in capsys.readouterr().err


@pytest.mark.parametrize("argv, usage, error", [
    (["run", "seeds", "--fromat", "csv"], "usage: python -m pipeline run [-h]",
     "python -m pipeline run: error: unrecognized arguments: --fromat csv"),
    (["dict", "suggest", "seeds", "--min-cuont", "1"], "usage: python -m pipeline dict suggest [-h]",
     "python -m pipeline dict suggest: error: unrecognized arguments: --min-cuont 1"),
])
def test_a_mistyped_option_shows_its_commands_usage(argv, usage, error, capsys):
    # new-user walkthrough (2026-12): `run seeds --fromat csv` printed `python -m pipeline [-h] [-v] … COMMAND ...`
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.startswith(usage) and "COMMAND" not in err
    assert [line for line in err.splitlines() if "error:" in line] == [error]
