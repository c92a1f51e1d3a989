;;; copydesk-test.el --- Copydesk through Emacs's eglot (1.9, Debian's elpa-eglot)  -*- lexical-binding: t -*-
;; Push diagnostics (via Flymake), hover, a quick fix and fix-all, applied with eglot's own
;; functions.  Run by test/e2e/lsp-editors.ts:
;;   COPYDESK_CLI=… ARTICLE=… RESULTS=… emacs --batch -l copydesk-test.el
(require 'eglot)
(require 'flymake)

(defvar copydesk-results nil)

(defun copydesk-report (ok name &optional err)
  (push (format "%s %s%s" (if ok "✔" "✖") name (if err (format ": %s" err) "")) copydesk-results))

(defmacro copydesk-check (name &rest body)
  `(condition-case err
       (progn ,@body (copydesk-report t ,name))
     (error (copydesk-report nil ,name (error-message-string err)))))

(defun copydesk-wait (what predicate)
  "Process server messages until PREDICATE holds, for at most 15 seconds."
  (let ((deadline (+ (float-time) 15)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall predicate) (error "Timed out waiting for %s" what))))

(defun copydesk-lsp-diagnostic (code)
  "The LSP diagnostic Flymake holds for rule CODE, if any."
  (cl-loop for diag in (flymake-diagnostics)
           for lsp = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag)))
           when (equal (plist-get lsp :code) code) return lsp))

(defun copydesk-run ()
  (let ((article (getenv "ARTICLE")))
    ;; Copydesk lints the LSP language ids "plaintext" and "markdown"; eglot would say "text".
    (add-to-list 'eglot-server-programs `((text-mode :language-id "plaintext") . ("node" ,(getenv "COPYDESK_CLI") "lsp" "--stdio")))
    (setq-default eglot-workspace-configuration '(:copydesk (:lint (:debounceMs 0) :rules (:quote-style "error"))))
    (find-file article)
    (text-mode)
    ;; `eglot-ensure' waits for the next command, which never comes in batch mode: connect now.
    (apply #'eglot--connect (eglot--guess-contact))
    (copydesk-wait "eglot to connect" (lambda () (eglot-current-server)))
    (flymake-start)

    (copydesk-check "push diagnostics arrive with rule ids"
      (copydesk-wait "diagnostics" (lambda () (and (copydesk-lsp-diagnostic "quote-style")
                                                  (copydesk-lsp-diagnostic "leftover-boilerplate")))))

    (copydesk-check "settings from eglot-workspace-configuration apply: quote-style raised to error"
      (let ((severity (plist-get (copydesk-lsp-diagnostic "quote-style") :severity)))
        (unless (eql severity 1) (error "Severity %S" severity))))

    (copydesk-check "hover explains the rule"
      (let* ((diagnostic (copydesk-lsp-diagnostic "leftover-boilerplate"))
             (hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                     (list :textDocument (eglot--TextDocumentIdentifier)
                                           :position (plist-get (plist-get diagnostic :range) :start)))))
        (unless (string-match-p "end up in print" (plist-get (plist-get hover :contents) :value))
          (error "Hover lacks the rule's reason: %S" hover))))

    (copydesk-check "the quick fix deletes the boilerplate line, is saved, and the finding goes away"
      (let* ((diagnostic (copydesk-lsp-diagnostic "leftover-boilerplate"))
             (region (eglot--range-region (plist-get diagnostic :range)))
             (actions (eglot-code-actions (car region) (cdr region)))
             (fix (cl-find "Delete this line" actions :key (lambda (a) (plist-get a :title)) :test #'equal)))
        (unless fix (error "No \"Delete this line\" among %S" (mapcar (lambda (a) (plist-get a :title)) actions)))
        (eglot--apply-workspace-edit (plist-get fix :edit))
        (save-buffer)
        (when (string-match-p "Advertisement" (with-temp-buffer (insert-file-contents article) (buffer-string)))
          (error "The line is still on disk"))
        (copydesk-wait "the finding to go away" (lambda () (not (copydesk-lsp-diagnostic "leftover-boilerplate"))))))

    (copydesk-check "source.fixAll.copydesk fixes the rest"
      (let ((actions (eglot-code-actions (point-min) (point-max) "source.fixAll.copydesk")))
        (unless (= (length actions) 1) (error "Expected one fix-all action, got %S" actions))
        (eglot--apply-workspace-edit (plist-get (car actions) :edit))
        (unless (string-match-p "Ukraine’s armed forces" (buffer-string)) (error "Apostrophe not curled"))
        (copydesk-wait "the apostrophe finding to go away" (lambda () (not (copydesk-lsp-diagnostic "quote-style"))))))))

;; Whatever happens, write the results and leave: a batch Emacs must never wait for input.
(condition-case err
    (copydesk-run)
  (error (copydesk-report nil "the script ran to its end" (error-message-string err))))
(with-temp-file (getenv "RESULTS")
  (insert (mapconcat #'identity (reverse copydesk-results) "\n") "\n"))
(kill-emacs 0)
