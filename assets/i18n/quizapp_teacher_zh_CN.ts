<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="22" />
            <source>BrowserModel</source>
            <comment>Question</comment>
            <translation>题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="23" />
            <source>BrowserModel</source>
            <comment>Answer</comment>
            <translation>答案</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="23" />
            <source>BrowserModel</source>
            <comment>Section</comment>
            <translation>章节</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="24" />
            <source>BrowserModel</source>
            <comment>Difficulty</comment>
            <translation>难度</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="24" />
            <source>BrowserModel</source>
            <comment>Status</comment>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="25" />
            <source>BrowserModel</source>
            <comment>Times asked</comment>
            <translation>作答次数</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="25" />
            <source>BrowserModel</source>
            <comment>% correct</comment>
            <translation>正确率</translation>
        </message>
    </context>
    <context>
        <name>AnswerFields</name>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="143" />
            <source>Add item</source>
            <translation>添加项目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="143" />
            <source>Add pair</source>
            <translation>添加配对</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="144" />
            <source>Add accepted answer</source>
            <translation>添加可接受的答案</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="145" />
            <source>Add option</source>
            <translation>添加选项</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="147" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="147" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="149" />
            <source>Left</source>
            <translation>左栏</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="149" />
            <source>Matches</source>
            <translation>对应项</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="153" />
            <source>True (對)</source>
            <translation>正确 (對)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="154" />
            <source>False (錯)</source>
            <translation>错误 (錯)</translation>
        </message>
    </context>
    <context>
        <name>BrowserModel</name>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="185" />
            <source>(lead)</source>
            <translation>（导言）</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>题型</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>章节</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>难度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Times asked</source>
            <translation>作答次数</translation>
        </message>
        <message>
            <source>% correct</source>
            <translation>正确率</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="72" />
            <source>Import preview</source>
            <translation>导入预览</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="76" />
            <source>%1 questions will be imported, all or none.</source>
            <translation>将导入 %1 道题目：要么全部导入，要么全部不导入。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="79" />
            <source>Left out or changed:</source>
            <translation>被略去或被修改的内容：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="82" />
            <source>Validation: every question is valid.</source>
            <translation>校验：所有题目均有效。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="88" />
            <source>New bank &amp;name:</source>
            <translation>新题库名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="90" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="16" />
            <source>Teacher mode</source>
            <translation>教师模式</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="17" />
            <source>Choose a teacher PIN (at least %1 characters). Students cannot open the teacher tools without it.</source>
            <translation>请设置教师 PIN 码（至少 %1 个字符）。没有 PIN 码，学生无法打开教师工具。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="19" />
            <source>Enter the teacher PIN.</source>
            <translation>请输入教师 PIN 码。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="28" />
            <source>&amp;PIN:</source>
            <translation>PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="30" />
            <source>PIN &amp;again:</source>
            <translation>再次输入 PIN 码(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="44" />
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 码不一致。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/pin_dialog.py" line="52" />
            <source>Wrong PIN.</source>
            <translation>PIN 码错误。</translation>
        </message>
    </context>
    <context>
        <name>PrintOptions</name>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="106" />
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="113" />
            <source>the %1 selected questions</source>
            <translation>选中的 %1 道题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="114" />
            <source>the first questions of the list</source>
            <translation>列表中排在前面的题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="121" />
            <source>&amp;Script:</source>
            <translation>字体(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="122" />
            <source>&amp;Questions:</source>
            <translation>题目(&amp;Q)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="123" />
            <source>&amp;How many:</source>
            <translation>数量(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="124" />
            <source>The PDF is written to the file you choose next.</source>
            <translation>接下来请选择要保存 PDF 的文件。</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <location filename="../../quizapp/gui/teacher/browser_model.py" line="22" />
            <source>BrowserModel</source>
            <comment>Type</comment>
            <translation>题型</translation>
        </message>
    </context>
    <context>
        <name>QuestionBrowser</name>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="135" />
            <location filename="../../quizapp/gui/teacher/browser.py" line="264" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="140" />
            <source>(lead)</source>
            <translation>（导言）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="166" />
            <source>Approve %n question(s)</source>
            <translation>
                <numerusform>批准 %n 道题目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="172" />
            <source>Flag %n question(s)</source>
            <translation>
                <numerusform>标记 %n 道题目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="178" />
            <source>Tag %n question(s)</source>
            <translation>
                <numerusform>为 %n 道题目加标签</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="184" />
            <source>Move %n question(s)</source>
            <translation>
                <numerusform>移动 %n 道题目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="190" />
            <source>Delete %n question(s)</source>
            <translation>
                <numerusform>删除 %n 道题目</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="201" />
            <source>Cannot change the questions</source>
            <translation>无法修改题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="209" />
            <source>Flag questions</source>
            <translation>标记题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="209" />
            <source>Why do they need checking?</source>
            <translation>这些题目为什么需要检查？</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="214" />
            <source>Tag questions</source>
            <translation>为题目加标签</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="215" />
            <source>Tags to add, separated by commas (-tag removes one):</source>
            <translation>要添加的标签，用逗号分隔（写成 -标签 则移除该标签）：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="228" />
            <location filename="../../quizapp/gui/teacher/browser.py" line="230" />
            <source>Move questions</source>
            <translation>移动题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="228" />
            <source>There is no other bank to move to.</source>
            <translation>没有其他题库可以移入。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="230" />
            <source>Move to bank:</source>
            <translation>移到题库：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="237" />
            <source>Delete questions</source>
            <translation>删除题目</translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="238" />
            <source>Delete %n question(s)? Edit › Undo brings them back.</source>
            <translation>
                <numerusform>要删除 %n 道题目吗？可以用“编辑 › 撤销”恢复。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../quizapp/gui/teacher/browser.py" line="249" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n 道题目</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="257" />
            <source>&amp;Search:</source>
            <translation>搜索(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="258" />
            <source>either script</source>
            <translation>简体或繁體均可</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="259" />
            <source>&amp;Type:</source>
            <translation>题型(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="260" />
            <source>S&amp;tatus:</source>
            <translation>状态(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="261" />
            <source>Se&amp;ction:</source>
            <translation>章节(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="262" />
            <source>T&amp;ag:</source>
            <translation>标签(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="265" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="266" />
            <source>A&amp;pprove</source>
            <translation>批准(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="267" />
            <source>&amp;Flag…</source>
            <translation>标记(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="268" />
            <source>Ta&amp;g…</source>
            <translation>加标签(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="269" />
            <source>&amp;Move…</source>
            <translation>移动(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/browser.py" line="270" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="152" />
            <source>Type:</source>
            <translation>题型：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="153" />
            <source>&amp;Question:</source>
            <translation>题目(&amp;Q)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="154" />
            <source>Answer:</source>
            <translation>答案：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="155" />
            <source>E&amp;xplanation:</source>
            <translation>解析(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="156" />
            <source>English &amp;gloss:</source>
            <translation>英文释义(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="157" />
            <source>&amp;Difficulty:</source>
            <translation>难度(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="158" />
            <source>T&amp;ags:</source>
            <translation>标签(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="159" />
            <source>Source:</source>
            <translation>出处：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="170" />
            <source>Use the &amp;selected passage as the source</source>
            <translation>将选中的段落用作出处(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="185" />
            <source>What students see:</source>
            <translation>学生看到的内容：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="203" />
            <location filename="../../quizapp/gui/teacher/editor.py" line="271" />
            <source>Edit question</source>
            <translation>编辑题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="203" />
            <location filename="../../quizapp/gui/teacher/editor.py" line="276" />
            <source>New question</source>
            <translation>新建题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="237" />
            <source>Select the passage in the article on the right, then use it.</source>
            <translation>请在右侧的原文中选择段落，然后使用它。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="254" />
            <source>No passage selected</source>
            <translation>未选择段落</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="255" />
            <source>Select the words of the article that prove the answer first.</source>
            <translation>请先在原文中选择能证明答案的文字。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor.py" line="281" />
            <source>Cannot save the question</source>
            <translation>无法保存题目</translation>
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="62" />
            <source>correct</source>
            <translation>正确</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/editor_fields.py" line="67" />
            <source>Remove row %1</source>
            <translation>删除第 %1 行</translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="85" />
            <source>may be broken</source>
            <translation>可能有问题</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="89" />
            <source>(no answer)</source>
            <translation>（未作答）</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="101" />
            <source>%1 questions answered at least once; %2 may be broken (at least 5 answers and under 25 % right).</source>
            <translation>%1 道题目至少被作答过一次；%2 道可能有问题（至少 5 次作答且正确率低于 25%）。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="114" />
            <source>(lead)</source>
            <translation>（导言）</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="116" />
            <source>%1: right answers by section</source>
            <translation>%1：各章节的答对情况</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="119" />
            <source>Question</source>
            <translation>题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="119" />
            <source>Type</source>
            <translation>题型</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="119" />
            <source>Times asked</source>
            <translation>作答次数</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="120" />
            <source>% correct</source>
            <translation>正确率</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="120" />
            <source>Most chosen wrong answer</source>
            <translation>最常选的错误答案</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="121" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/stats_view.py" line="129" />
            <source>&amp;Student:</source>
            <translation>学生(&amp;S)：</translation>
        </message>
    </context>
    <context>
        <name>TeacherWindow</name>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="130" />
            <source>quizapp — teacher</source>
            <translation>quizapp — 教师工具</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="131" />
            <source>&amp;Questions</source>
            <translation>题目(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="132" />
            <source>Class &amp;statistics</source>
            <translation>班级统计(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="133" />
            <source>&amp;Bank</source>
            <translation>题库(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="134" />
            <source>&amp;New empty bank…</source>
            <translation>新建空题库(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="135" />
            <source>&amp;Generate from an article…</source>
            <translation>从条目生成(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="136" />
            <source>&amp;Regenerate (keeps approved and edited)</source>
            <translation>重新生成(&amp;R)（保留已批准和已编辑的题目）</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="137" />
            <source>Re&amp;name…</source>
            <translation>重命名(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="138" />
            <source>&amp;Duplicate…</source>
            <translation>创建副本(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="139" />
            <source>&amp;Merge selected banks…</source>
            <translation>合并所选题库(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="140" />
            <source>De&amp;lete bank…</source>
            <translation>删除题库(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="141" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="142" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="143" />
            <source>&amp;Print quiz…</source>
            <translation>打印测验(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="144" />
            <source>Print &amp;answer key…</source>
            <translation>打印答案(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="145" />
            <source>Read the bank's &amp;article</source>
            <translation>阅读题库的原文(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="146" />
            <source>&amp;Lock (back to student mode)</source>
            <translation>锁定(&amp;L)（返回学生模式）</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="147" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="148" />
            <source>New &amp;question…</source>
            <translation>新建题目(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="203" />
            <source>Bank name:</source>
            <translation>题库名称：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="217" />
            <location filename="../../quizapp/gui/teacher/window.py" line="218" />
            <source>New bank</source>
            <translation>新建题库</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="225" />
            <location filename="../../quizapp/gui/teacher/window.py" line="226" />
            <source>Rename bank</source>
            <translation>重命名题库</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="233" />
            <location filename="../../quizapp/gui/teacher/window.py" line="234" />
            <source>Duplicate bank</source>
            <translation>创建题库副本</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="244" />
            <location filename="../../quizapp/gui/teacher/window.py" line="249" />
            <location filename="../../quizapp/gui/teacher/window.py" line="251" />
            <source>Delete bank</source>
            <translation>删除题库</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="245" />
            <source>Delete the bank %1 and its answer history? Edit › Undo brings the bank back while this window stays open.</source>
            <translation>要删除题库 %1 及其答题记录吗？在此窗口关闭之前，可以用“编辑 › 撤销”恢复该题库。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="258" />
            <location filename="../../quizapp/gui/teacher/window.py" line="260" />
            <location filename="../../quizapp/gui/teacher/window.py" line="262" />
            <source>Merge banks</source>
            <translation>合并题库</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="258" />
            <source>Select two or more banks (Ctrl+click).</source>
            <translation>请选择两个或更多题库（按住 Ctrl 单击）。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="276" />
            <source>Generate from an article</source>
            <translation>从条目生成</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="277" />
            <source>Articles (*.md)</source>
            <translation>条目 (*.md)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="279" />
            <source>Generating questions…</source>
            <translation>正在生成题目…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="289" />
            <source>Regenerated: %1 kept, %2 updated, %3 new, %4 removed.</source>
            <translation>已重新生成：保留 %1 道，更新 %2 道，新增 %3 道，删除 %4 道。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="293" />
            <source>Regenerating…</source>
            <translation>正在重新生成…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="301" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="302" />
            <source>Question files (*.json *.gift *.txt *.xml *.csv)</source>
            <translation>题目文件 (*.json *.gift *.txt *.xml *.csv)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="304" />
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="319" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="329" />
            <location filename="../../quizapp/gui/teacher/window.py" line="336" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="329" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="338" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="341" />
            <source>Exported %1 questions to %2</source>
            <translation>已将 %1 道题目导出到 %2</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="373" />
            <source>New question</source>
            <translation>新建题目</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="373" />
            <source>Type:</source>
            <translation>题型：</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="388" />
            <source>Read the article</source>
            <translation>阅读原文</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="388" />
            <source>This bank has no stored article.</source>
            <translation>这个题库没有保存原文。</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="421" />
            <location filename="../../quizapp/gui/teacher/window.py" line="429" />
            <source>Print to PDF</source>
            <translation>打印为 PDF</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="422" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../quizapp/gui/teacher/window.py" line="431" />
            <source>Wrote %1 (%2 pages)</source>
            <translation>已写入 %1（共 %2 页）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../quizapp/gui/teacher/bank_dialogs.py" line="35" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
<context>
    <name>QuestionStatus</name>
    <message>
        <source>generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
</context>
</TS>
